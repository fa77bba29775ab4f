import { Finding } from '@app/edifact';
import { FindingRecord, MessageRecord } from '@app/journal';
import { MessageReport } from '@app/validation';

export function findingRecordOf(f: Finding): FindingRecord {
  return {
    kind: f.kind,
    level: f.kind === 'syntax' ? f.level : f.severity,
    code: f.kind === 'syntax' ? f.code : null,
    rule: f.rule,
    text: f.message,
    location: f.location,
  };
}

/**
 * A message as the journal keeps it, with its flight key for search. Its normalised JSON is not
 * made here: the carrier waits for this commit, and only a json destination or a multi-part set
 * needs the document (MessageDocumentStore makes it then, from the bytes kept).
 */
export function messageRecordOf(m: MessageReport, duplicate: boolean): MessageRecord {
  const record: MessageRecord = {
    type: m.type,
    reference: m.reference,
    accessReference: m.accessReference || null,
    partNumber: m.part?.number ?? null,
    partLast: m.part?.last ?? null,
    outcome: duplicate ? 'duplicate' : m.outcome,
    travellers: m.travellers,
    pnrs: m.pnrs,
    findings: m.findings.map(findingRecordOf),
  };
  if (m.flight !== undefined) {
    record.flight = m.flight;
    record.airports = m.airports;
  }
  return record;
}
