import { Finding } from '@app/edifact';
import { listFindings } from './findings.lister';

const finding = (kind: Finding['kind'], rule: string): Finding =>
  kind === 'syntax'
    ? { kind, level: 'segment', code: '12', rule, message: rule, location: {} }
    : { kind, severity: 'warning', rule, message: rule, location: {} };

describe(listFindings.name, () => {
  it('lists faults before warnings within the cap, in the order given', () => {
    const ordered = [
      finding('quality', 'w1'),
      finding('quality', 'w2'),
      finding('syntax', 's1'),
      finding('quality', 'w3'),
      finding('syntax', 's2'),
    ];
    const { listed, dropped } = listFindings(ordered, 3);
    expect(listed.map((f) => f.rule)).toEqual(['w1', 's1', 's2']);
    expect(dropped).toEqual({ syntax: 0, quality: 2 });
  });

  it('lists the first faults when they alone pass the cap', () => {
    const ordered = ['s1', 's2', 's3'].map((r) => finding('syntax', r));
    const { listed, dropped } = listFindings([finding('quality', 'w'), ...ordered], 2);
    expect(listed.map((f) => f.rule)).toEqual(['s1', 's2']);
    expect(dropped).toEqual({ syntax: 1, quality: 1 });
  });
});
