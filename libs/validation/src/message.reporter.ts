import { EdifactMessage, Finding } from '@app/edifact';
import { MessageReading } from './message-content.reader';
import { MessageContent, MessageReport, ReportedFlight } from './validation-report';

/** A message as its UNH named it, without its segments: what a report needs once it is read. */
export type MessageHeader = Omit<EdifactMessage, 'segments'>;

/** One message read: its header and what its type made of it (its rules' findings, up to the cap). */
export interface ReadMessage extends Omit<MessageReading, 'content'> {
  header: MessageHeader;
  flight?: ReportedFlight;
  airports: string[];
  /** The content read, when the inspection keeps it (for the normalised documents). */
  content?: MessageContent;
}

/** What rejects a message besides its own syntax faults. */
export interface Rejections {
  interchange: boolean;
  groups: ReadonlySet<string | undefined>;
}

/** The message's report, with the findings that belong to it (envelope and rules, kept ones). */
export function reportMessage(
  read: ReadMessage,
  findings: Finding[],
  rejected: Rejections,
): MessageReport {
  const { header } = read;
  const isRejected =
    rejected.interchange ||
    rejected.groups.has(header.groupReference) ||
    findings.some((f) => f.kind === 'syntax');
  const report: MessageReport = {
    type: header.type,
    reference: header.reference,
    version: `${header.version}:${header.release}`,
    accessReference: header.accessReference,
    ...(header.part ? { part: header.part } : {}),
    ...(header.groupReference !== undefined ? { groupReference: header.groupReference } : {}),
    outcome: isRejected ? 'rejected' : 'accepted',
    findings,
    travellers: read.travellers,
    pnrs: read.pnrs,
    airports: read.airports,
  };
  if (read.flight !== undefined) report.flight = read.flight;
  return report;
}
