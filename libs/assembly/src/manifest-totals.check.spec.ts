import { manifestTotalsFindings } from './manifest-totals.check';

const part = (roles: string[], passengers?: number, crew?: number): string =>
  JSON.stringify({ travellers: roles.map((role) => ({ role })), totals: { passengers, crew } });

describe(manifestTotalsFindings.name, () => {
  it('finds nothing when the parts add up to the flight totals', () => {
    const parts = [part(['passenger', 'passenger'], 3), part(['in-transit-passenger'], 3)];

    expect(manifestTotalsFindings(parts)).toEqual([]);
  });

  it('names both figures when the passengers do not add up', () => {
    const parts = [part(['passenger'], 4), part(['passenger'], 4)];

    expect(manifestTotalsFindings(parts)).toEqual([
      {
        rule: 'assembly.totals.passengers',
        text: 'CNT+42 gives 4 passengers for the flight, but the 2 part(s) list 2.',
      },
    ]);
  });

  it('checks crew against CNT 41 and leaves totals no part declares alone', () => {
    const parts = [part(['crew', 'in-transit-crew'], undefined, 3)];

    expect(manifestTotalsFindings(parts).map((f) => f.rule)).toEqual(['assembly.totals.crew']);
    expect(manifestTotalsFindings([part(['passenger'])])).toEqual([]);
  });
});
