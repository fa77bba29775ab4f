import { BoundedFindings } from './bounded-findings.collector';
import { Finding } from './finding';

const syntax = (rule: string): Finding => ({
  kind: 'syntax',
  level: 'segment',
  code: '12',
  rule,
  message: rule,
  location: {},
});
const quality = (rule: string): Finding => ({
  kind: 'quality',
  severity: 'warning',
  rule,
  message: rule,
  location: {},
});

describe(BoundedFindings.name, () => {
  it('keeps the first findings of each kind up to its cap and counts the rest by kind', () => {
    const sut = new BoundedFindings(2);
    sut.addAll([syntax('a'), quality('b'), syntax('c'), quality('d'), quality('e'), syntax('f')]);
    expect(sut.kept.map((f) => f.rule)).toEqual(['a', 'b', 'c', 'd']);
    expect(sut.dropped).toEqual({ syntax: 1, quality: 1 });
  });

  it('never lets warnings crowd out a syntax fault', () => {
    const sut = new BoundedFindings(2);
    sut.addAll([quality('w1'), quality('w2'), quality('w3'), syntax('fault')]);
    expect(sut.kept.map((f) => f.rule)).toEqual(['w1', 'w2', 'fault']);
  });

  it('drops nothing under its cap', () => {
    const sut = new BoundedFindings(5);
    sut.add(syntax('a'));
    expect(sut.kept).toHaveLength(1);
    expect(sut.dropped).toEqual({ syntax: 0, quality: 0 });
  });

  it('keeps a closing finding past its cap without counting it as dropped', () => {
    const sut = new BoundedFindings(1);
    sut.add(syntax('a'));
    sut.addPastCap(syntax('unz'));
    expect(sut.kept.map((f) => f.rule)).toEqual(['a', 'unz']);
    expect(sut.dropped).toEqual({ syntax: 0, quality: 0 });
  });
});
