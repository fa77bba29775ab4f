import { VALID, at, read, validWith } from '../testing/paxlst-message.fixture';

describe('checkListType', () => {
  it('paxlst.list-type.party: crew in a passenger list (745) is segment 14 at the NAD', () => {
    expect(read(validWith(10, 'NAD+FM+++DOE:JANE')).findings).toEqual([
      {
        kind: 'syntax',
        level: 'segment',
        code: '14',
        rule: 'paxlst.list-type.party',
        message: 'NAD FM (crew) does not belong in a passenger list (BGM 745); FL or DDU expected.',
        location: at('NAD', 10, { value: 'FM' }),
      },
    ]);
  });

  it('paxlst.list-type.party: a passenger in a crew list (250) is segment 14 at the NAD', () => {
    const body = [
      'BGM+250',
      ...VALID.slice(1, 8),
      'NAD+DDU+++DOE:JANE',
      ...VALID.slice(9, 15),
      'CNT+41:1',
    ];
    expect(read(body).findings).toEqual([
      {
        kind: 'syntax',
        level: 'segment',
        code: '14',
        rule: 'paxlst.list-type.party',
        message:
          'NAD DDU (in-transit-passenger) does not belong in a crew list (BGM 250); FM or DDT expected.',
        location: at('NAD', 10, { value: 'DDU' }),
      },
    ]);
  });

  it('paxlst.list-type.count: CNT 41 in a passenger list is segment 14 at the CNT', () => {
    expect(read(validWith(17, 'CNT+41:1')).findings).toEqual([
      {
        kind: 'syntax',
        level: 'segment',
        code: '14',
        rule: 'paxlst.list-type.count',
        message:
          'CNT 41 (total crew) does not go with a passenger list (BGM 745); CNT 42 expected.',
        location: at('CNT', 17, { value: '41' }),
      },
    ]);
  });

  it('accepts matching lists, and leaves 266 and 655 unchecked', () => {
    const crew = [
      'BGM+336',
      ...VALID.slice(1, 8),
      'NAD+DDT+++DOE:JOHN',
      ...VALID.slice(9, 15),
      'CNT+41:1',
    ];
    expect(read(crew).findings).toEqual([]);
    expect(read(validWith(2, 'BGM+266+CL')).findings).toEqual([]);
    expect(read([...validWith(2, 'BGM+655'), 'CNT+41:0']).findings).toEqual([]);
  });
});
