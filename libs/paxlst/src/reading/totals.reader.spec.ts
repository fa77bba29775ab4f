import { at, read, validWith } from '../testing/paxlst-message.fixture';

describe('totals reader', () => {
  it('reads CNT 42 as passengers and CNT 41 as crew, never swapped', () => {
    expect(read(validWith(17, 'CNT+42:160')).manifest.totals).toEqual({ passengers: 160 });
    const crewList = [
      'BGM+250',
      ...validWith(2).slice(0, 7),
      'NAD+FM+++CREW:ANNA',
      ...validWith(2).slice(8, 14),
      'CNT+41:12',
    ];
    expect(read(crewList).manifest.totals).toEqual({ crew: 12 });
  });

  it('paxlst.cnt.qualifier: a qualifier outside 42, 41 is element 14', () => {
    expect(read(validWith(17, 'CNT+7:1')).findings).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '14',
        rule: 'paxlst.cnt.qualifier',
        message: "CNT control qualifier (6069) '7' is not one of 42, 41.",
        location: at('CNT', 17, { element: 1, component: 1, value: '7' }),
      },
    ]);
  });

  it('paxlst.cnt.value: CNT+42+8 is element 13 at component 2, and the 8 is read anyway', () => {
    const { manifest, findings } = read(validWith(17, 'CNT+42+8'));
    expect(findings).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '13',
        rule: 'paxlst.cnt.value',
        message:
          "CNT 42 has no count in component 2; '8' stands in a second element (send CNT+42:8).",
        location: at('CNT', 17, { element: 1, component: 2, value: '' }),
      },
    ]);
    expect(manifest.totals).toEqual({ passengers: 8 });
  });

  it('paxlst.cnt.value: a count that is not a whole number is element 12', () => {
    const [finding] = read(validWith(17, 'CNT+42:TEN')).findings;
    expect(finding).toMatchObject({
      code: '12',
      rule: 'paxlst.cnt.value',
      message: "CNT 42 count 'TEN' is not a whole number.",
    });
  });
});
