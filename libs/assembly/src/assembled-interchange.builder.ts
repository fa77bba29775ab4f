import { Interchange, readInterchange, ServiceCharacters } from '@app/edifact';

/** One part: the interchange that carried it and the message's place in it (1-based). */
export interface RawPart {
  interchangeRaw: Buffer;
  position: number;
}

/**
 * The parts of a set as one interchange, for `raw` destinations: the first part's UNA/UNB, then
 * each part's UNH … UNT exactly as received, in part order, then a UNZ that counts them. The
 * bytes of every message are the carrier's own; only the envelope around them is new, and, when
 * the parts repeat a message reference (each came in an interchange of its own, often all `1`),
 * UNH/UNT 0062 are renumbered 1..n so the result is a valid interchange.
 *
 * Falls back to the received interchanges one after another when a part cannot be cut out by
 * offset (a Type B wrapper, or separators that differ between parts).
 */
export function assembledInterchange(parts: readonly RawPart[]): Buffer {
  const read = parts.map((p) => ({ part: p, interchange: readInterchange(p.interchangeRaw) }));
  const first = read[0].interchange;
  const sameSeparators = read.every(
    ({ interchange }) =>
      !interchange.typeB &&
      interchange.serviceCharacters.terminator === first.serviceCharacters.terminator &&
      interchange.serviceCharacters.element === first.serviceCharacters.element,
  );
  const spans = sameSeparators
    ? read.map(({ part, interchange }) => messageSpan(part, interchange))
    : [];
  if (!sameSeparators || spans.some((s) => s === undefined)) {
    return Buffer.concat(parts.map((p) => p.interchangeRaw));
  }
  const head = read[0].part.interchangeRaw.subarray(0, firstMessageOffset(first));
  const { element, terminator } = first.serviceCharacters;
  const references = read.map(
    ({ part, interchange }) => interchange.messages[part.position - 1].reference,
  );
  const bodies =
    new Set(references).size === references.length
      ? (spans as Buffer[])
      : (spans as Buffer[]).map((span, i) =>
          renumbered(span, references[i], String(i + 1), first.serviceCharacters),
        );
  const trailer = Buffer.from(
    `UNZ${String.fromCharCode(element)}${parts.length}${String.fromCharCode(element)}` +
      `${first.header.controlReference}${String.fromCharCode(terminator)}`,
    'latin1',
  );
  return Buffer.concat([head, ...bodies, trailer]);
}

/** UNH+<ref>+ … UNT+<count>+<ref>' with <ref> replaced; everything else byte for byte. */
function renumbered(
  span: Buffer,
  reference: string,
  replacement: string,
  separators: ServiceCharacters,
): Buffer {
  const e = String.fromCharCode(separators.element);
  const t = String.fromCharCode(separators.terminator);
  const text = span.toString('latin1');
  const unh = `UNH${e}${reference}${e}`;
  const unt = `${e}${reference}${t}`;
  const untAt = text.lastIndexOf(unt);
  if (!text.startsWith(unh) || untAt < 0) return span;
  const out =
    `UNH${e}${replacement}${e}` +
    text.slice(unh.length, untAt) +
    `${e}${replacement}${t}` +
    text.slice(untAt + unt.length);
  return Buffer.from(out, 'latin1');
}

function firstMessageOffset(interchange: Interchange): number {
  return interchange.messages[0]?.segments[0]?.offset ?? 0;
}

/** UNH up to and including UNT's terminator, with whatever line break followed it. */
function messageSpan(part: RawPart, interchange: Interchange): Buffer | undefined {
  const message = interchange.messages[part.position - 1];
  const segments = message?.segments ?? [];
  if (segments.length === 0) return undefined;
  const start = segments[0].offset;
  const end = segmentEnd(part.interchangeRaw, segments[segments.length - 1].offset, interchange);
  return end === undefined ? undefined : part.interchangeRaw.subarray(start, end);
}

function segmentEnd(raw: Buffer, from: number, interchange: Interchange): number | undefined {
  const { terminator, release } = interchange.serviceCharacters;
  for (let i = from; i < raw.length; i++) {
    if (raw[i] === release) {
      i++;
      continue;
    }
    if (raw[i] !== terminator) continue;
    let end = i + 1;
    while (raw[end] === 0x0d || raw[end] === 0x0a) end++;
    return end;
  }
  return undefined;
}
