import type { FindingRecord, InterchangeOutcome, InterchangeRecord } from '@app/journal';

export interface TestFlight {
  carrierCode: string;
  flightNumber: string;
  departureDate: string;
  from: string;
  to: string;
}

export const LH400: TestFlight = {
  carrierCode: 'LH',
  flightNumber: '400',
  departureDate: '2026-11-28',
  from: 'FRA',
  to: 'JFK',
};

export interface ApiInterchangeOptions {
  carrierId: string | null;
  senderId: string;
  controlReference: string;
  flight: TestFlight;
  receivedAt: Date;
  outcome?: InterchangeOutcome;
  duplicateOf?: string;
  passengers?: readonly string[];
  findings?: readonly FindingRecord[];
}

/** A PAXLST interchange (passenger manifest) as a carrier sends it, with its CONTRL. */
export function anApiInterchange(o: ApiInterchangeOptions): InterchangeRecord {
  const outcome = o.outcome ?? 'accepted';
  const passengers = o.passengers ?? ['DOE:JOHN', 'ROE:JANE'];
  const { flight } = o;
  const date = flight.departureDate.slice(2).replace(/-/g, '');
  const segments = [
    `UNB+UNOA:4+${o.senderId}:ZZ+USCBP:ZZ+${date}:0715+${o.controlReference}++PAXLST`,
    `UNH+1+PAXLST:D:05B:UN:IATA+${flight.carrierCode}${flight.flightNumber}/${date}/1015+01:F`,
    'BGM+745',
    'NAD+MS+++OPS CONTROL',
    `TDT+20+${flight.carrierCode}${flight.flightNumber}+++${flight.carrierCode}`,
    `LOC+125+${flight.from}`,
    `DTM+189:${date}1015:201`,
    `LOC+87+${flight.to}`,
    ...passengers.flatMap((name) => [`NAD+FL+++${name}`, 'ATT+2++M', 'DOC+P+X1234567']),
    `UNT+${8 + passengers.length * 3}+1`,
    `UNZ+1+${o.controlReference}`,
  ];
  return {
    carrierId: o.carrierId,
    channel: 'https',
    senderId: o.senderId,
    recipientId: 'USCBP',
    controlReference: o.controlReference,
    raw: Buffer.from(`${segments.join("'")}'`, 'latin1'),
    test: false,
    outcome,
    receivedAt: o.receivedAt,
    duplicateOf: o.duplicateOf ?? null,
    messages: [
      {
        type: 'PAXLST',
        reference: '1',
        outcome,
        flight: {
          carrierCode: flight.carrierCode,
          flightNumber: flight.flightNumber,
          departureDate: flight.departureDate,
        },
        travellers: passengers.length,
        airports: [flight.from, flight.to],
        normalisedJson: JSON.stringify({ flight: `${flight.carrierCode}${flight.flightNumber}` }),
        findings: o.findings,
      },
    ],
    contrl: contrlFor(o.senderId, o.controlReference, outcome === 'rejected' ? '4' : '7'),
  };
}

/** A PNRGOV push (booking data) for a flight, with travellers and bookings counted. */
export function aPnrInterchange(o: ApiInterchangeOptions & { pnrs: number }): InterchangeRecord {
  const record = anApiInterchange(o);
  const [message] = record.messages;
  return {
    ...record,
    messages: [{ ...message, type: 'PNRGOV', reference: '11085', pnrs: o.pnrs }],
  };
}

/** UCI 0083: 7 acknowledged, 4 rejected. */
function contrlFor(senderId: string, reference: string, action: '4' | '7'): string {
  return [
    `UNB+UNOA:4+USCBP:ZZ+${senderId}:ZZ+261128:0716+C${reference}`,
    'UNH+1+CONTRL:D:3:UN',
    `UCI+${reference}+${senderId}:ZZ+USCBP:ZZ+${action}`,
    'UNT+3+1',
    `UNZ+1+C${reference}'`,
  ].join("'");
}

/** ATT 4 must be M, F or U: the syntax finding that rejects a PAXLST. */
export function aSexCodeFinding(): FindingRecord {
  return {
    kind: 'syntax',
    level: 'element',
    code: '12',
    rule: 'paxlst.att.sex',
    text: 'ATT 4 must be M, F or U',
    location: { tag: 'ATT', messageReference: '1', position: 10, element: 3, value: 'X' },
  };
}
