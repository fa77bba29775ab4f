import { syntaxAt, warningAt } from '../testing/finding.expectations';
import { LEVEL_ZERO, ONE_PNR, readBody } from '../testing/pnrgov-message.fixture';

const [MSG, ORG, , EQN] = LEVEL_ZERO;
const read = (tvl: string) => readBody([MSG, ORG, tvl, EQN, ...ONE_PNR]);
const at = (element: number, component: number, value: string) => ({
  tag: 'TVL',
  position: 4,
  element,
  component,
  value,
});

describe('level-0 TVL (the flight)', () => {
  it('reads carrier, number, airports and local date-times', () => {
    const { push, findings } = read('TVL+281126:1015:291126:0520+FRA+SIN+LH+778');
    expect(findings).toEqual([]);
    expect(push.flight).toEqual({
      carrier: 'LH',
      number: '778',
      departureAirport: 'FRA',
      arrivalAirport: 'SIN',
      departure: '2026-11-28T10:15',
      arrival: '2026-11-29T05:20',
    });
  });

  it('takes an empty arrival date to mean the departure date (121210:0915::1230)', () => {
    const { push, findings } = read('TVL+281126:0915::1230+LHR+JFK+BA+117');
    expect(findings).toEqual([]);
    expect(push.flight?.arrival).toBe('2026-11-28T12:30');
  });

  it('rejects a departure date that is not a real DDMMYY date (12) and an absent one (13)', () => {
    expect(read('TVL+311126:1015+FRA+JFK+LH+400').findings).toEqual([
      syntaxAt('element', '12', 'pnrgov.tvl.date', at(1, 1, '311126')),
    ]);
    expect(read('TVL+:1015+FRA+JFK+LH+400').findings).toEqual([
      syntaxAt('element', '13', 'pnrgov.tvl.date', at(1, 1, '')),
    ]);
  });

  it('rejects an arrival date that is not a real DDMMYY date (12)', () => {
    expect(read('TVL+281126:1015:281326:1320+FRA+JFK+LH+400').findings).toEqual([
      syntaxAt('element', '12', 'pnrgov.tvl.date', at(1, 3, '281326')),
    ]);
  });

  it('rejects departure and arrival times that are not real HHMM times (12)', () => {
    expect(read('TVL+281126:2415:281126:1390+FRA+JFK+LH+400').findings).toEqual([
      syntaxAt('element', '12', 'pnrgov.tvl.time', at(1, 2, '2415')),
      syntaxAt('element', '12', 'pnrgov.tvl.time', at(1, 4, '1390')),
    ]);
  });

  it('rejects airports that are not 3 letters A-Z (12) and an absent one (13)', () => {
    expect(read('TVL+281126:1015+FR1+jfk+LH+400').findings).toEqual([
      syntaxAt('element', '12', 'pnrgov.tvl.airport', at(2, 1, 'FR1')),
      syntaxAt('element', '12', 'pnrgov.tvl.airport', at(3, 1, 'jfk')),
    ]);
    expect(read('TVL+281126:1015+FRA++LH+400').findings).toEqual([
      syntaxAt('element', '13', 'pnrgov.tvl.airport', at(3, 1, '')),
    ]);
  });

  it('rejects a flight without carrier or flight number (13)', () => {
    expect(read('TVL+281126:1015+FRA+JFK').findings).toEqual([
      syntaxAt('element', '13', 'pnrgov.tvl.carrier', at(4, 1, '')),
      syntaxAt('element', '13', 'pnrgov.tvl.flight-number', at(5, 1, '')),
    ]);
  });

  it('rejects an arrival earlier than any time-zone difference allows (12)', () => {
    expect(read('TVL+281126:1015:261126:1320+FRA+JFK+LH+400').findings).toEqual([
      syntaxAt('element', '12', 'pnrgov.tvl.arrival-before-departure', at(1, 3, '261126')),
    ]);
  });

  it('only warns when local arrival precedes departure by less: eastbound over the date line (NRT 17:00 - LAX 10:00)', () => {
    expect(read('TVL+281126:1700:281126:1000+NRT+LAX+JL+62').findings).toEqual([
      warningAt('pnrgov.tvl.arrival-before-departure', at(1, 3, '281126')),
    ]);
  });

  it('warns, and reads the time, when the arrival time stands in the arrival-date position (GTAS traffic)', () => {
    const { push, findings } = read('TVL+280918:1220:1505+FRA+IAD+UA+988');
    expect(findings).toEqual([
      warningAt('pnrgov.tvl.arrival-time-in-date-position', at(1, 3, '1505')),
    ]);
    expect(push.flight?.arrival).toBe('2018-09-28T15:05');
  });
});
