import { IngestResult } from '@app/ingest';
import { createHash } from 'node:crypto';
import { MqInboundMessage, MqReply } from './mq-connector.port';

export const CONTRL_CONTENT_TYPE = 'application/edifact';
export const INTERCHANGE_ID_HEADER = 'x-paxgate-interchange-id';
export const OUTCOME_HEADER = 'x-paxgate-outcome';
export const DUPLICATE_OF_HEADER = 'x-paxgate-duplicate-of';

/**
 * The CONTRL for the carrier's reply queue. It correlates by the inbound `message-id`; a message
 * without one gets `sha256:<hex of its body>`, which the carrier can compute too and which stays
 * the same when the broker redelivers the message (a journal id would not: a redelivery is
 * journaled again, as a duplicate).
 */
export function contrlReplyOf(result: IngestResult, message: MqInboundMessage): MqReply {
  return {
    body: Buffer.from(result.contrl, 'latin1'),
    contentType: CONTRL_CONTENT_TYPE,
    correlationId: message.messageId || bodyCorrelationId(message.body),
    headers: {
      [INTERCHANGE_ID_HEADER]: result.interchangeId,
      [OUTCOME_HEADER]: result.outcome,
      ...(result.duplicateOf !== undefined ? { [DUPLICATE_OF_HEADER]: result.duplicateOf } : {}),
    },
  };
}

export function bodyCorrelationId(body: Buffer): string {
  return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}
