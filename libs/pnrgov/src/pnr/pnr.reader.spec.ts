import { syntaxAt, warningAt } from '../testing/finding.expectations';
import { LEVEL_ZERO, readBody } from '../testing/pnrgov-message.fixture';

/** PNR segments start at position 6 (UNH 1, level 0 at 2-5). */
const read = (pnrs: string[], eqn = 'EQN+1') => readBody([...LEVEL_ZERO.slice(0, 3), eqn, ...pnrs]);

describe('PNR groups', () => {
  it('reports a PNR without RCI as missing it (13), at the segment standing after SRC', () => {
    expect(read(['SRC', 'TIF+DOE+JOHN:A:1']).findings).toEqual([
      syntaxAt('segment', '13', 'pnrgov.rci.missing', { tag: 'RCI', position: 7 }),
    ]);
  });

  it('reports the missing RCI at the next SRC when a PNR is only its SRC', () => {
    const { push, findings } = read(['SRC', 'SRC', 'RCI+LH:ABC123'], 'EQN+2');
    expect(findings).toEqual([
      syntaxAt('segment', '13', 'pnrgov.rci.missing', { tag: 'RCI', position: 7 }),
    ]);
    expect(push.pnrs.map((p) => p.position)).toEqual([6, 7]);
  });

  it('rejects a PNR RCI without a record locator (13)', () => {
    expect(read(['SRC', 'RCI+LH']).findings).toEqual([
      syntaxAt('element', '13', 'pnrgov.rci.locator', {
        tag: 'RCI',
        position: 7,
        element: 1,
        component: 2,
        value: '',
      }),
    ]);
  });

  it('rejects a TIF without a surname (13)', () => {
    expect(read(['SRC', 'RCI+LH:ABC123', 'TIF++JOHN:A:1']).findings).toEqual([
      syntaxAt('element', '13', 'pnrgov.tif.surname', {
        tag: 'TIF',
        position: 8,
        element: 1,
        component: 1,
        value: '',
      }),
    ]);
  });

  it('rejects a tag that is not a PNRGOV segment (15) and reads on', () => {
    const { push, findings } = read([
      'SRC',
      'RCI+LH:ABC123',
      'NAD+FL+++DOE:JOHN',
      'TIF+DOE+JOHN:A:1',
    ]);
    expect(findings).toEqual([
      syntaxAt('segment', '15', 'pnrgov.segment.unknown', { tag: 'NAD', position: 8 }),
    ]);
    expect(push.pnrs[0].passengers).toHaveLength(1);
  });

  it('reads a seat whose check-in DAT is missing, with a quality warning rather than a rejection', () => {
    const { push, findings } = read([
      'SRC',
      'RCI+LH:ABC123',
      'TIF+DOE+JOHN:A:1',
      'TVL+281126:1015+FRA+JFK+LH+400:Y',
      'TRI++1:::1',
      'SSD+012A',
    ]);
    expect(findings).toEqual([warningAt('pnrgov.segment.order', { tag: 'TRI', position: 10 })]);
    expect(push.pnrs[0].seats).toEqual([
      {
        source: 'SSD',
        number: '012A',
        leg: 0,
        travellerReference: '1',
        departureAirport: 'FRA',
        arrivalAirport: 'JFK',
        passenger: 0,
      },
    ]);
  });

  it('rejects a segment no open group can hold (15): SSD outside Gr.7, MON outside Gr.3', () => {
    const { findings, messages } = read([
      'SRC',
      'RCI+LH:ABC123',
      'TIF+DOE+JOHN:A:1',
      'SSD+12A',
      'MON+T:10.00:EUR',
    ]);
    expect(findings).toEqual([
      syntaxAt('segment', '15', 'pnrgov.segment.position', { tag: 'SSD', position: 9 }),
      syntaxAt('segment', '15', 'pnrgov.segment.position', { tag: 'MON', position: 10 }),
    ]);
    expect(messages[0]).toContain('Gr.7');
  });

  it("reads an IFT inside Gr.3 (real traffic) as the passenger's, with a quality warning, and the FOP after it still", () => {
    const { push, findings, messages } = read([
      'SRC',
      'RCI+LH:ABC123',
      'TIF+DOE+JOHN:A:1',
      'TKT+2201234567890:T:1',
      'DAT+710:011026',
      'IFT+4:28::LH+VIP',
      'FOP+CA::100.00',
    ]);
    expect(findings).toEqual([warningAt('pnrgov.segment.order', { tag: 'IFT', position: 11 })]);
    expect(messages[0]).toContain('Gr.3');
    expect(push.pnrs[0].freeText).toEqual([
      { source: 'IFT', qualifier: '4', type: '28', airline: 'LH', text: 'VIP', passenger: 0 },
    ]);
    expect(push.pnrs[0].payments).toEqual([{ type: 'CA', amount: '100.00', passenger: 0 }]);
  });

  it('opens a new passenger for a TIF after the itinerary, with a quality warning', () => {
    const { push, findings } = read([
      'SRC',
      'RCI+LH:ABC123',
      'TVL+281126:1015+FRA+JFK+LH+400:Y',
      'TIF+DOE+JANE:A:2',
      'TIF+DOE+JIM:C:3',
    ]);
    expect(findings).toEqual([warningAt('pnrgov.segment.order', { tag: 'TIF', position: 9 })]);
    expect(push.pnrs[0].passengers.map((p) => p.givenNames)).toEqual(['JANE', 'JIM']);
  });

  it('reads the second TVL of a codeshare as the operating flight, not a new leg', () => {
    const { push, findings } = read([
      'SRC',
      'RCI+1A:3MZVP2',
      'TVL+270513:1550:270513:1820+MUC+YUL+AC:LH+9099:U',
      'RPI+1+HK',
      'RCI+1A:3MZVP2',
      'TVL+++++474:U',
    ]);
    expect(findings).toEqual([]);
    expect(push.pnrs[0].itinerary).toEqual([
      {
        carrier: 'AC',
        number: '9099',
        bookingClass: 'U',
        operatingCarrier: 'LH',
        operatingNumber: '474',
        departureAirport: 'MUC',
        arrivalAirport: 'YUL',
        departure: '2013-05-27T15:50',
        arrival: '2013-05-27T18:20',
        partySize: 1,
        status: 'HK',
        locator: { airline: '1A', locator: '3MZVP2' },
      },
    ]);
  });

  it("reads history items given without SAC (the notes' flat Gr.10) as history, not as passengers", () => {
    const { push, findings } = read([
      'SRC',
      'RCI+LH:ABC123',
      'TIF+DOE+JOHN:A:1',
      'ABI+4++++LH',
      'DAT+T:011026:1010',
      'TIF+DOE+JON:A:1',
    ]);
    expect(findings).toEqual([]);
    expect(push.pnrs[0].passengers).toHaveLength(1);
    expect(push.pnrs[0].history[0].changes).toEqual([
      { action: undefined, items: [{ tag: 'TIF', text: 'DOE JON:A:1' }] },
    ]);
  });

  it('links a PNR-level SSR to the passenger its traveller reference names, though read before the TIF', () => {
    const { push } = read([
      'SRC',
      'RCI+LH:ABC123',
      'SSR+VGML:HK:1:LH+::2',
      'TIF+DOE+JOHN:A:1',
      'TIF+DOE+JANE:A:2',
    ]);
    expect(push.pnrs[0].services).toEqual([
      {
        code: 'VGML',
        status: 'HK',
        quantity: '1',
        airline: 'LH',
        travellerReference: '2',
        passenger: 1,
      },
    ]);
  });

  it('marks a PNR that is SRC, RCI and an empty ORG as cancelled', () => {
    const { push, findings } = read(['SRC', 'RCI+LH:ABC123', 'ORG']);
    expect(findings).toEqual([]);
    expect(push.pnrs[0]).toMatchObject({
      cancelled: true,
      locators: [{ airline: 'LH', locator: 'ABC123' }],
      passengers: [],
    });
  });

  it('gives the seat and bags of Gr.7 to the passenger its TIF names, on the flight being read', () => {
    const { push } = read([
      'SRC',
      'RCI+LH:ABC123',
      'TIF+DOE+JOHNMR:A:1',
      'TIF+ROE+ANNA MRS:A:2',
      'TVL+281126:1015+FRA+JFK+LH+400:Y',
      'DAT+2:281126:0900',
      'TRI++7:::99',
      'TIF+ROE+ANNA MRS:A:2',
      'SSD+012A',
      'TBD++2:46:700+++LH:0220123456:2:JFK',
    ]);
    const pnr = push.pnrs[0];
    expect(pnr.seats).toEqual([
      {
        source: 'SSD',
        number: '012A',
        travellerReference: '99',
        departureAirport: 'FRA',
        arrivalAirport: 'JFK',
        passenger: 1,
        leg: 0,
      },
    ]);
    expect(pnr.bags).toEqual([
      {
        source: 'TBD',
        count: 2,
        weight: 46,
        weightUnit: 'kg',
        pool: undefined,
        tags: [{ carrier: 'LH', number: '0220123456', consecutive: 2, destination: 'JFK' }],
        passenger: 1,
        leg: 0,
      },
    ]);
  });

  it("reads split PNRs (Gr.8) and history (Gr.10-12) without taking their RCI or TVL for the PNR's own", () => {
    const { push, findings } = read([
      'SRC',
      'RCI+LH:ABC123',
      'TVL+281126:1015+FRA+JFK+LH+400:Y',
      'EQN+1',
      'RCI+LH:XYZ789',
      'ABI+1+:FRARR+FRA++LH',
      'DAT+ZT:011026:1010',
      'SAC+++X',
      'TVL+271126:1015+FRA+JFK+LH+400:Y',
      'RPI+1+HK',
    ]);
    expect(findings).toEqual([]);
    const pnr = push.pnrs[0];
    expect(pnr.locators).toEqual([{ airline: 'LH', locator: 'ABC123' }]);
    expect(pnr.itinerary).toHaveLength(1);
    expect(pnr.split).toEqual({ passengers: 1, locators: [{ airline: 'LH', locator: 'XYZ789' }] });
    expect(pnr.history).toEqual([
      {
        agent: 'FRARR',
        location: 'FRA',
        airline: 'LH',
        at: '2026-10-01T10:10',
        changes: [
          {
            action: 'X',
            items: [
              { tag: 'TVL', text: '271126:1015 FRA JFK LH 400:Y' },
              { tag: 'RPI', text: '1 HK' },
            ],
          },
        ],
      },
    ]);
  });
});
