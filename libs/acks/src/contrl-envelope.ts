import { InterchangeHeader, Party, characterRepertoire } from '@app/edifact';

/**
 * Stands in for a mandatory value the subject left empty (an unreadable UNB, a UNH without a
 * reference). An empty mandatory element would make our own CONTRL invalid, and a receiver that
 * rejects the CONTRL never learns why its interchange failed; a visible placeholder says
 * "we could not read this" and keeps the syntax whole.
 */
export const UNKNOWN = 'UNKNOWN';

export function known(value: string): string {
  return value === '' ? UNKNOWN : value;
}

/** S002/S003 and S006/S007: id and qualifier; a qualifier without its id means nothing. */
export function partyElement(party: Party): string[] {
  return party.id === '' ? [UNKNOWN] : [party.id, party.qualifier];
}

/** The subject's syntax version when it is one we speak, else 3. */
export function contrlSyntaxVersion(header: InterchangeHeader): number {
  return header.syntaxVersion >= 1 && header.syntaxVersion <= 4 ? header.syntaxVersion : 3;
}

/** S001: answer in the subject's character set when we support it, else UNOB (printable ASCII). */
export function syntaxIdentifier(header: InterchangeHeader): string[] {
  const id = characterRepertoire(header.syntaxId) === undefined ? 'UNOB' : header.syntaxId;
  return [id, String(contrlSyntaxVersion(header))];
}

/** S009 of the CONTRL itself: directory D:3 for syntax 1–3, 4:1 for syntax 4 (ISO 9735-4). */
export function contrlMessageIdentifier(version: number): string[] {
  return version === 4 ? ['CONTRL', '4', '1', 'UN'] : ['CONTRL', 'D', '3', 'UN'];
}

/** S004 in UTC: CCYYMMDD for syntax 4, YYMMDD before it; HHMM. */
export function preparationDateTime(now: Date, version: number): string[] {
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${String(now.getUTCFullYear()).padStart(4, '0')}${two(now.getUTCMonth() + 1)}${two(now.getUTCDate())}`;
  return [
    version === 4 ? date : date.slice(2),
    `${two(now.getUTCHours())}${two(now.getUTCMinutes())}`,
  ];
}
