import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely } from 'kysely';
import { Database } from '../database/database';
import { FindingRecord } from '../model/finding';
import { InterchangeRecord, MessageRecord } from '../model/interchange-record';

/** A real PAXLST from the third-party corpus, plus every byte value, to prove bytes survive. */
export const CORPUS_PAXLST = Buffer.concat([
  readFileSync(join(__dirname, '../../../../test/fixtures/corpus/US-CBP__GTAS/flight1.txt')),
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
]);

export function aFinding(overrides: Partial<FindingRecord> = {}): FindingRecord {
  return {
    kind: 'syntax',
    level: 'segment',
    code: '12',
    rule: 'paxlst.att.sex',
    text: 'ATT 4 must be M, F or U',
    location: { tag: 'ATT', position: 12, element: 3, value: 'X' },
    ...overrides,
  };
}

export function aMessage(overrides: Partial<MessageRecord> = {}): MessageRecord {
  return {
    type: 'PAXLST',
    reference: '53371718146010',
    outcome: 'accepted',
    flight: { carrierCode: 'LA', flightNumber: '532', departureDate: '2020-01-19' },
    travellers: 2,
    normalisedJson: '{"flight":{"carrier":"LA","number":"532"}}',
    ...overrides,
  };
}

/** An accepted interchange with a fresh control reference, so records never collide. */
export function anInterchange(overrides: Partial<InterchangeRecord> = {}): InterchangeRecord {
  return {
    channel: 'https',
    senderId: 'LUFTHANSA',
    recipientId: 'HDQCH2X',
    controlReference: randomUUID().slice(0, 14),
    raw: Buffer.concat([CORPUS_PAXLST, Buffer.from(randomUUID())]),
    test: false,
    outcome: 'accepted',
    messages: [
      aMessage(),
      aMessage({ reference: '2', outcome: 'rejected', findings: [aFinding()] }),
    ],
    findings: [
      aFinding({ kind: 'quality', level: 'warning', code: null, rule: 'envelope.unb.date' }),
    ],
    contrl: [
      'UNB+UNOA:4+HDQCH2X:ZZ+LUFTHANSA:ZZ+200130:0301+1',
      'UNH+1+CONTRL:D:3:UN',
      'UCI+123456789+LUFTHANSA:ZZ+HDQCH2X:ZZ+4',
      'UNT+3+1',
      "UNZ+1+1'",
    ].join("'"),
    ...overrides,
  };
}

const TABLES = [
  'interchanges',
  'messages',
  'findings',
  'acks',
  'outbox',
  'events',
  'deliveries',
] as const;

/** Rows per table, to show what a failed write left behind (nothing, we hope). */
export async function rowCounts(
  db: Kysely<Database>,
): Promise<Record<(typeof TABLES)[number], number>> {
  const counts = await Promise.all(
    TABLES.map(async (table) => {
      const row = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return [table, Number(row.n)] as const;
    }),
  );
  return Object.fromEntries(counts) as Record<(typeof TABLES)[number], number>;
}

/**
 * The message a promise rejects with. Under Jest, better-sqlite3's errors can come from another
 * realm, where `rejects.toThrow()` does not recognise them as errors at all.
 */
export async function rejectionOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return typeof error === 'object' && error !== null && 'message' in error
      ? String(error.message)
      : String(error);
  }
  throw new Error('Expected a rejection, but the promise resolved');
}

/** Writes a bare carrier row, named as its id: a write any transaction spec can make and read. */
export async function addCarrierRow(db: Kysely<Database>, id: string): Promise<void> {
  await db
    .insertInto('carriers')
    .values({ id, name: id, created_at: new Date().toISOString() })
    .execute();
}
