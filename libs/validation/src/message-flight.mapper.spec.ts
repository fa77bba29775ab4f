import { readInterchange } from '@app/edifact';
import { readPaxlst } from '@app/paxlst';
import { readPnrgov } from '@app/pnrgov';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportedFlightOf } from './message-flight.mapper';

const NOW = new Date('2026-06-01T12:00:00Z');
const CORPUS = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'corpus', 'US-CBP__GTAS');

function paxlst(segments: string[]) {
  const body = ['UNH+1+PAXLST:D:05B:UN:IATA', 'BGM+745', ...segments];
  const text = ['UNB+UNOA:4+DEMO+PAXGATE+260601:1200+R1', ...body, `UNT+${body.length + 1}+1`];
  const [message] = readInterchange(Buffer.from([...text, 'UNZ+1+R1'].join("'") + "'")).messages;
  return { type: 'PAXLST' as const, manifest: readPaxlst(message, { now: NOW }).manifest };
}

describe('reportedFlightOf', () => {
  it("takes a PAXLST's flight from its first leg and every leg's airports once each", () => {
    const content = paxlst([
      'TDT+20+LH400+++LH',
      'LOC+125+FRA',
      'DTM+189:2606011015:201',
      'LOC+87+JFK',
      'DTM+232:2606011320:201',
      'TDT+20+LH401+++LH',
      'LOC+125+JFK',
      'DTM+189:2606011600:201',
      'LOC+87+BOS',
      'DTM+232:2606011700:201',
    ]);

    expect(reportedFlightOf(content)).toEqual({
      flight: { carrierCode: 'LH', flightNumber: '400', departureDate: '2026-06-01' },
      airports: ['FRA', 'JFK', 'BOS'],
    });
  });

  it('leaves out what a PAXLST does not say, and airport codes that are not three letters', () => {
    const content = paxlst(['TDT+20++++', 'LOC+125+FR1', 'LOC+87+JFK']);

    expect(reportedFlightOf(content)).toEqual({
      flight: { carrierCode: null, flightNumber: null, departureDate: null },
      airports: ['JFK'],
    });
  });

  it("takes a PNRGOV's flight from its TVL", () => {
    const bytes = readFileSync(join(CORPUS, '3_pnrs.edi'));
    const [message] = readInterchange(bytes).messages;
    const content = { type: 'PNRGOV' as const, push: readPnrgov(message, { now: NOW }).push };

    expect(reportedFlightOf(content)).toEqual({
      flight: { carrierCode: 'TZ', flightNumber: '0006', departureDate: '2013-05-28' },
      airports: ['SIN', 'OOL'],
    });
  });

  it('names no flight for a message type paxgate does not read', () => {
    expect(reportedFlightOf({ type: 'unsupported' })).toEqual({ airports: [] });
  });
});
