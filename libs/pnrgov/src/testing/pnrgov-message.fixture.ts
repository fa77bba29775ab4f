import { EdifactMessage, readInterchange, Segment } from '@app/edifact';
import { PnrgovPush } from '../model/pnrgov-push.model';
import { readPnrgov } from '../pnrgov.reader';
import { FindingShape, withoutMessage } from './finding.expectations';

/** Level 0 of a well-formed full push for LH400 FRA-JFK, declaring one PNR. */
export const LEVEL_ZERO: readonly string[] = [
  'MSG+:22',
  'ORG+LH:FRA',
  'TVL+281126:1015:281126:1320+FRA+JFK+LH+400',
  'EQN+1',
];

/** One clean PNR: locator, a passenger with a passport, the flight. */
export const ONE_PNR: readonly string[] = [
  'SRC',
  'RCI+LH:ABC123::011026:1200',
  'TIF+DOE+JOHNMR:A:1',
  'SSR+DOCS:HK:1:LH:::::/P/DEU/C01234567/DEU/12JUN80/M/01JAN30/DOE/JOHN',
  'TVL+281126:1015:281126:1320+FRA+JFK+LH+400:Y',
];

/**
 * Wraps segments (without terminators) in UNB/UNH … UNT/UNZ with default separators and returns
 * the one message, as `readInterchange` reads it. Positions: UNH = 1, `body[0]` = 2.
 */
export function pnrgovMessage(
  body: readonly string[],
  unh = 'UNH+1+PNRGOV:11:1:IA+LH400/281126/1015',
): EdifactMessage {
  const segments = [
    'UNB+IATA:1+LH+PIU+261128:0900+1',
    unh,
    ...body,
    `UNT+${body.length + 2}+1`,
    'UNZ+1+1',
  ];
  return readInterchange(Buffer.from(`${segments.join("'")}'`, 'latin1')).messages[0];
}

/** One segment as `readInterchange` decodes it, from its text without terminator. */
export function segmentOf(text: string): Segment {
  return pnrgovMessage([text]).segments[1];
}

/** The clock the specs pin. */
export const NOW = new Date('2026-11-01T00:00:00Z');

export interface TestReading {
  push: PnrgovPush;
  findings: FindingShape[];
  messages: string[];
}

/** Reads `pnrgovMessage(body, unh)`, findings split into their shape and their message texts. */
export function readBody(body: readonly string[], unh?: string): TestReading {
  const { push, findings } = readPnrgov(pnrgovMessage(body, unh), { now: NOW });
  return { push, findings: findings.map(withoutMessage), messages: findings.map((f) => f.message) };
}
