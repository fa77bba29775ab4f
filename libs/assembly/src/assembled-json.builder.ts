import { Assembly } from '@app/journal';

/** The lists that a multi-part message splits across its parts, by message type. */
const SPLIT_LISTS: Readonly<Record<string, string>> = { PAXLST: 'travellers', PNRGOV: 'pnrs' };

type JsonObject = Record<string, unknown>;

/**
 * One normalised document for a whole set: the first part's document with the split list
 * (travellers, PNRs) gathered from every part in order, and an `assembly` block saying which
 * parts it was made from and whether it is whole.
 */
export function assembledJson(
  assembly: Assembly,
  parts: readonly { partNumber: number; reference: string; json: string }[],
): string {
  const documents = parts.map((p) => JSON.parse(p.json) as JsonObject);
  const list = SPLIT_LISTS[assembly.messageType];
  const base: JsonObject = { ...documents[0] };
  if (list !== undefined) {
    base[list] = documents.flatMap((d) => (Array.isArray(d[list]) ? (d[list] as unknown[]) : []));
  }
  base.assembly = {
    accessReference: assembly.accessReference,
    status: assembly.status,
    partCount: assembly.partCount,
    parts: parts.map((p) => ({ number: p.partNumber, reference: p.reference })),
    findings: assembly.findings,
  };
  return JSON.stringify(base);
}
