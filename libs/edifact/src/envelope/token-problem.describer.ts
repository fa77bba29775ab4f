import { Finding } from '../findings/finding';
import { EdifactMessage } from '../model/interchange';
import { Segment } from '../model/segment';
import { TokenProblem } from '../syntax/segment.tokenizer';
import { syntaxFinding } from './finding.factory';

/**
 * Turns what the tokenizer saw into a finding, placed in its message when it has one. The segment
 * is the message's latest, so it is looked up from the end (a search from the start is quadratic).
 */
export function describeProblem(
  problem: TokenProblem,
  segment: Segment,
  message: EdifactMessage | undefined,
): Finding {
  const inMessage = message !== undefined;
  const location = {
    tag: segment.tag,
    segmentIndex: segment.index,
    ...(inMessage
      ? {
          messageReference: message.reference,
          groupReference: message.groupReference,
          position: message.segments.lastIndexOf(segment) + 1,
        }
      : {}),
  };
  const outer = 'interchange' as const;
  switch (problem.kind) {
    case 'invalid-character':
      return syntaxFinding(
        inMessage ? 'element' : outer,
        '21',
        'syntax.character-set',
        `${segment.tag} element ${problem.element}.${problem.component} holds ${problem.character}, which the interchange's character set does not allow.`,
        {
          ...location,
          element: problem.element,
          component: problem.component,
          value: problem.value,
        },
      );
    case 'bad-tag':
      return syntaxFinding(
        inMessage ? 'segment' : outer,
        '12',
        'syntax.segment-tag',
        `'${problem.value}' is not a segment tag (three upper-case letters).`,
        { ...location, value: problem.value },
      );
    case 'oversize':
      return syntaxFinding(
        inMessage ? 'segment' : outer,
        '18',
        'syntax.segment-size',
        `A segment of ${problem.bytes} bytes exceeds the size limit: is a segment terminator missing?`,
        location,
      );
    case 'unterminated':
      return syntaxFinding(
        inMessage ? 'segment' : outer,
        '13',
        'syntax.segment-terminator',
        `Segment '${segment.tag}' has no segment terminator: the input ends inside it.`,
        location,
      );
    case 'trailing-separator':
      return {
        kind: 'quality',
        severity: 'info',
        rule: 'syntax.trailing-separator',
        message: `${segment.tag} ends with an empty element or component (trailing separator), which ISO 9735 does not allow; tolerated.`,
        location: { ...location, element: problem.element },
      };
  }
}
