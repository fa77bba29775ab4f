import {
  BoundedFindings,
  DroppedFindings,
  Interchange,
  MAX_FINDINGS,
  ReadOptions,
  readInterchange,
} from '@app/edifact';
import { readMessageContent } from './message-content.reader';
import { reportedFlightOf } from './message-flight.mapper';
import { ReadMessage } from './message.reporter';

/** The interchange as read, less its messages. */
export type Envelope = Omit<Interchange, 'messages'>;

/**
 * What reading an interchange made of it, before any verdict: plain data only, so that it can be
 * made in a worker thread and concluded on the thread that answers the carrier.
 */
export interface InspectionReading {
  envelope: Envelope;
  messages: ReadMessage[];
  /** Message rules' findings past the cap, by kind. */
  droppedRules: DroppedFindings;
}

export interface ReadingOptions {
  now: Date;
  read?: ReadOptions;
  keepContent: boolean;
}

/**
 * Reads the envelope and every message by its type. Each message's rules' findings are marked with
 * its place, and all messages' together are kept up to the same cap as the envelope's.
 */
export function readForInspection(input: Buffer, options: ReadingOptions): InspectionReading {
  const { messages, ...envelope } = readInterchange(input, options.read);
  const rules = new BoundedFindings(options.read?.maxFindings ?? MAX_FINDINGS);
  const read = messages.map((m, index): ReadMessage => {
    const { content, rules: found, ...counts } = readMessageContent(m, options.now);
    const kept = rules.kept.length;
    for (const finding of found) {
      finding.location.messageIndex = index;
      rules.add(finding);
    }
    const { segments: _segments, ...header } = m;
    const message: ReadMessage = {
      header,
      rules: rules.kept.slice(kept),
      ...counts,
      ...reportedFlightOf(content),
    };
    if (options.keepContent) message.content = content;
    return message;
  });
  return { envelope, messages: read, droppedRules: rules.dropped };
}

/**
 * The reading of an interchange that could not be inspected (its inspection ran out of time or
 * memory, or it is quarantined): its UNA and UNB only, so that the answer can still name it.
 */
export function headerOnlyReading(input: Buffer): InspectionReading {
  const { messages: _none, ...envelope } = readInterchange(input, { headerOnly: true });
  return { envelope, messages: [], droppedRules: { syntax: 0, quality: 0 } };
}
