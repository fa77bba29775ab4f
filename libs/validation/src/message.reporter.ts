import { EdifactMessage, Finding, Interchange } from '@app/edifact';
import { readMessageContent } from './message-content.reader';
import { MessageReport } from './validation-report';

/** The message's report, and the findings its own rules made (the envelope's are already known). */
export function reportMessage(
  message: EdifactMessage,
  interchange: Interchange,
  now: Date,
  rejected: { interchange: boolean; groups: Set<string | undefined> },
): [MessageReport, Finding[]] {
  const envelope = interchange.findings.filter(
    (f) =>
      f.location.messageReference === message.reference &&
      f.location.groupReference === message.groupReference,
  );
  const base = {
    type: message.type,
    reference: message.reference,
    version: `${message.version}:${message.release}`,
    accessReference: message.accessReference,
    ...(message.part ? { part: message.part } : {}),
    ...(message.groupReference !== undefined ? { groupReference: message.groupReference } : {}),
  };
  const { content, rules, travellers, pnrs } = readMessageContent(message, now);
  const findings = [...envelope, ...rules];
  const isRejected =
    rejected.interchange ||
    rejected.groups.has(message.groupReference) ||
    findings.some((f) => f.kind === 'syntax');
  return [
    { ...base, outcome: isRejected ? 'rejected' : 'accepted', findings, travellers, pnrs, content },
    rules,
  ];
}
