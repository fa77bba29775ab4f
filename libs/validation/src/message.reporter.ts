import { EdifactMessage, Finding } from '@app/edifact';
import { MessageReading } from './message-content.reader';
import { MessageContent, MessageReport, ReportedFlight } from './validation-report';

/** A message as its UNH named it, without its segments: what a report needs once it is read. */
export type MessageHeader = Omit<EdifactMessage, 'segments'>;

/** One message read: its header, the envelope's findings on it, and what its type made of it. */
export interface ReadMessage extends Omit<MessageReading, 'content'> {
  header: MessageHeader;
  envelope: Finding[];
  flight?: ReportedFlight;
  airports: string[];
  /** The content read, when the inspection keeps it (for the normalised documents). */
  content?: MessageContent;
}

/** The message's report, and the findings its own rules made (the envelope's are already known). */
export function reportMessage(
  read: ReadMessage,
  rejected: { interchange: boolean; groups: Set<string | undefined> },
): [MessageReport, Finding[]] {
  const { header, envelope, rules } = read;
  const base = {
    type: header.type,
    reference: header.reference,
    version: `${header.version}:${header.release}`,
    accessReference: header.accessReference,
    ...(header.part ? { part: header.part } : {}),
    ...(header.groupReference !== undefined ? { groupReference: header.groupReference } : {}),
  };
  const findings = [...envelope, ...rules];
  const isRejected =
    rejected.interchange ||
    rejected.groups.has(header.groupReference) ||
    findings.some((f) => f.kind === 'syntax');
  const report: MessageReport = {
    ...base,
    outcome: isRejected ? 'rejected' : 'accepted',
    findings,
    travellers: read.travellers,
    pnrs: read.pnrs,
    airports: read.airports,
  };
  if (read.flight !== undefined) report.flight = read.flight;
  return [report, rules];
}
