import { Finding, FindingLocation } from '../findings/finding';
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
  /** The message's place in the interchange, when there is a message. */
  messageIndex?: number,
): Finding {
  const inMessage = message !== undefined;
  // Built by assignment in one key order, not by spreading: spread copies of a literal with
  // optional keys each got a hidden class of their own, one per finding.
  const location: FindingLocation = inMessage
    ? {
        tag: segment.tag,
        segmentIndex: segment.index,
        messageReference: message.reference,
        messageIndex,
        groupReference: message.groupReference,
        position: message.segments.lastIndexOf(segment) + 1,
      }
    : { tag: segment.tag, segmentIndex: segment.index };
  const outer = 'interchange' as const;
  switch (problem.kind) {
    case 'invalid-character':
      location.element = problem.element;
      location.component = problem.component;
      location.value = problem.value;
      return syntaxFinding(
        inMessage ? 'element' : outer,
        '21',
        'syntax.character-set',
        `${segment.tag} element ${problem.element}.${problem.component} holds ${problem.character}, which the interchange's character set does not allow.`,
        location,
      );
    case 'bad-tag':
      location.value = problem.value;
      return syntaxFinding(
        inMessage ? 'segment' : outer,
        '12',
        'syntax.segment-tag',
        `'${problem.value}' is not a segment tag (three upper-case letters).`,
        location,
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
      location.element = problem.element;
      return {
        kind: 'quality',
        severity: 'info',
        rule: 'syntax.trailing-separator',
        message: `${segment.tag} ends with an empty element or component (trailing separator), which ISO 9735 does not allow; tolerated.`,
        location,
      };
  }
}
