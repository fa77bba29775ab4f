import { VALID, at, read } from '../testing/paxlst-message.fixture';

const withBags = (...segments: string[]) => [...VALID.slice(0, 9), ...segments, ...VALID.slice(9)];

describe('baggage reader', () => {
  it('reads bag count, weight and tags, both count layouts', () => {
    const body = withBags(
      'MEA+CT++4',
      'MEA+WT++KGM:141',
      'FTX+BAG+++2660040:3',
      'FTX+BAG+++2660043',
      'FTX+AAH+++NOT A BAG',
    );
    const { manifest, findings } = read(body);
    expect(findings).toEqual([]);
    expect(manifest.travellers[0].baggage).toEqual({
      count: 4,
      weight: { value: 141, unit: 'KGM' },
      tags: [
        { number: '2660040', consecutive: 3 },
        { number: '2660043', consecutive: 1 },
      ],
    });
    expect(read(withBags('MEA+CT++:2')).manifest.travellers[0].baggage).toEqual({
      count: 2,
      tags: [],
    });
  });

  it('has no baggage when none was sent', () => {
    expect(read(VALID).manifest.travellers[0].baggage).toBeUndefined();
  });

  it('paxlst.mea.value: a weight that is not a number is element 12', () => {
    expect(read(withBags('MEA+WT++KGM:HEAVY')).findings).toEqual([
      {
        kind: 'syntax',
        level: 'element',
        code: '12',
        rule: 'paxlst.mea.value',
        message: "MEA WT weight 'HEAVY' is not a number.",
        location: at('MEA', 11, { element: 3, component: 2, value: 'HEAVY' }),
      },
    ]);
  });

  it('paxlst.mea.qualifier and paxlst.mea.unit: unconfirmed lists, so warnings', () => {
    expect(read(withBags('MEA+VOL++MTQ:1', 'MEA+WT++STN:2')).findings).toEqual([
      {
        kind: 'quality',
        severity: 'warning',
        rule: 'paxlst.mea.qualifier',
        message: "MEA qualifier 'VOL' is not CT (bag count) or WT (bag weight).",
        location: at('MEA', 11, { element: 1, component: 1, value: 'VOL' }),
      },
      {
        kind: 'quality',
        severity: 'warning',
        rule: 'paxlst.mea.unit',
        message: "MEA WT unit 'STN' is not KGM or LBR.",
        location: at('MEA', 12, { element: 3, component: 1, value: 'STN' }),
      },
    ]);
  });
});
