import { EdifactMessage, Finding, Interchange, syntaxFinding } from '@app/edifact';
import { readPaxlst } from '@app/paxlst';
import { readPnrgov } from '@app/pnrgov';
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
  let rules: Finding[];
  let report: Pick<MessageReport, 'travellers' | 'pnrs' | 'content'>;
  switch (message.type) {
    case 'PAXLST': {
      const reading = readPaxlst(message, { now });
      const manifest = reading.manifest;
      rules = reading.findings;
      report = {
        travellers: manifest.travellers.length,
        pnrs: 0,
        content: { type: 'PAXLST', manifest },
      };
      break;
    }
    case 'PNRGOV': {
      const reading = readPnrgov(message, { now });
      const push = reading.push;
      rules = reading.findings;
      report = { travellers: 0, pnrs: push.pnrs.length, content: { type: 'PNRGOV', push } };
      break;
    }
    default:
      rules = [
        syntaxFinding(
          'message',
          '14',
          'message.type',
          `Message type '${message.type}' is not one paxgate accepts (PAXLST, PNRGOV).`,
          {
            tag: 'UNH',
            segmentIndex: message.segments[0]?.index,
            messageReference: message.reference,
            groupReference: message.groupReference,
            position: 1,
            element: 2,
            component: 1,
            value: message.type,
          },
        ),
      ];
      report = { travellers: 0, pnrs: 0, content: { type: 'unsupported' } };
  }
  const findings = [...envelope, ...rules];
  const isRejected =
    rejected.interchange ||
    rejected.groups.has(message.groupReference) ||
    findings.some((f) => f.kind === 'syntax');
  return [{ ...base, outcome: isRejected ? 'rejected' : 'accepted', findings, ...report }, rules];
}
