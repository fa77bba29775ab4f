import { EdifactMessage, Finding, syntaxFinding } from '@app/edifact';
import { readPaxlst } from '@app/paxlst';
import { readPnrgov } from '@app/pnrgov';
import { MessageContent } from './validation-report';

/** What a message's own type makes of it: its content, the findings of its rules, its counts. */
export interface MessageReading {
  content: MessageContent;
  rules: Finding[];
  /** Persons in a PAXLST (NAD FL/FM/DDT/DDU). */
  travellers: number;
  /** PNRs in a PNRGOV (one per SRC). */
  pnrs: number;
}

/**
 * Reads one message by its type. `now` is the time it was received: two-digit years take their
 * century from it, so the same bytes read later with the same `now` give the same content.
 */
export function readMessageContent(message: EdifactMessage, now: Date): MessageReading {
  switch (message.type) {
    case 'PAXLST': {
      const { manifest, findings } = readPaxlst(message, { now });
      const content: MessageContent = { type: 'PAXLST', manifest };
      return { content, rules: findings, travellers: manifest.travellers.length, pnrs: 0 };
    }
    case 'PNRGOV': {
      const { push, findings } = readPnrgov(message, { now });
      return {
        content: { type: 'PNRGOV', push },
        rules: findings,
        travellers: 0,
        pnrs: push.pnrs.length,
      };
    }
    default:
      return {
        content: { type: 'unsupported' },
        rules: [unsupportedType(message)],
        travellers: 0,
        pnrs: 0,
      };
  }
}

function unsupportedType(message: EdifactMessage): Finding {
  return syntaxFinding(
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
  );
}
