import { QuarantineVerdict } from '../quarantine/ingest-attempt.outcome';
import { MqInboundMessage, MqReply } from './mq-connector.port';
import { bodyCorrelationId, CONTRL_CONTENT_TYPE, OUTCOME_HEADER } from './mq-reply.mapper';

/** Where a carrier queue's poison goes: a durable queue beside it. */
export const quarantineQueueOf = (inboundQueue: string): string => `${inboundQueue}.quarantine`;

export const QUARANTINE_ATTEMPTS_HEADER = 'x-paxgate-quarantine-attempts';
export const QUARANTINE_ERROR_HEADER = 'x-paxgate-quarantine-error';
export const ORIGINAL_QUEUE_HEADER = 'x-paxgate-original-queue';
export const ORIGINAL_MESSAGE_ID_HEADER = 'x-paxgate-original-message-id';

/** The quarantined message as it goes to the quarantine queue: its bytes, and why it is there. */
export function quarantinedCopyOf(
  message: MqInboundMessage,
  inboundQueue: string,
  verdict: QuarantineVerdict,
): MqReply {
  return {
    body: message.body,
    contentType: 'application/octet-stream',
    correlationId: correlationOf(message),
    headers: {
      [QUARANTINE_ATTEMPTS_HEADER]: String(verdict.attempts),
      [QUARANTINE_ERROR_HEADER]: verdict.lastError ?? '',
      [ORIGINAL_QUEUE_HEADER]: inboundQueue,
      ...(message.messageId !== undefined
        ? { [ORIGINAL_MESSAGE_ID_HEADER]: message.messageId }
        : {}),
    },
  };
}

/** The CONTRL (code 18) for the carrier's reply queue, correlated as every reply is. */
export function quarantineReplyOf(contrl: string, message: MqInboundMessage): MqReply {
  return {
    body: Buffer.from(contrl, 'latin1'),
    contentType: CONTRL_CONTENT_TYPE,
    correlationId: correlationOf(message),
    headers: { [OUTCOME_HEADER]: 'quarantined' },
  };
}

function correlationOf(message: MqInboundMessage): string {
  return message.messageId || bodyCorrelationId(message.body);
}
