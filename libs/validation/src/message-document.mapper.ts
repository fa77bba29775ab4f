import { toPaxlstJson } from '@app/paxlst';
import { toPnrgovJson } from '@app/pnrgov';
import { MessageContent } from './validation-report';

/** The normalised JSON consumers receive for a message's content; none for an unsupported type. */
export function normalisedDocumentOf(content: MessageContent): string | null {
  switch (content.type) {
    case 'PAXLST':
      return JSON.stringify(toPaxlstJson(content.manifest));
    case 'PNRGOV':
      return JSON.stringify(toPnrgovJson(content.push));
    case 'unsupported':
      return null;
  }
}
