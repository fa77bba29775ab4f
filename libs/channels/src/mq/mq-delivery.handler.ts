import { Inject, Injectable, Logger } from '@nestjs/common';
import { MQ_CONFIG, MqConfig } from '@app/config';
import { IngestInterchange, IngestInterchangeUseCase, IngestResult } from '@app/ingest';
import { setTimeout as sleep } from 'node:timers/promises';
import { InboundSubject } from '../quarantine/inbound.subject';
import { QuarantineVerdict } from '../quarantine/ingest-attempt.outcome';
import { PoisonQuarantinePolicy } from '../quarantine/poison-quarantine.policy';
import { MqInboundMessage, MqReplyPublisher } from './mq-connector.port';
import { MqRoute } from './mq-carrier.routes';
import { quarantinedCopyOf, quarantineQueueOf, quarantineReplyOf } from './mq-quarantine.mapper';
import { contrlReplyOf } from './mq-reply.mapper';
import { backoffDelay } from './reconnect.backoff';

/**
 * One message from a carrier's queue: identity, ingest, CONTRL reply, ack, in that order.
 *
 * The inbound message is acknowledged only after the journal commit (ingest resolved) and the
 * broker's confirm of the reply: a crash or a lost connection anywhere before leaves it on the
 * queue, and its redelivery is journaled as a duplicate (CONTRL 26) and answered again. An
 * outage (ingest or reply failing) hands the message back after a growing pause, so a broker
 * redelivering at once does not spin against a database that is down.
 *
 * A redelivered message is counted before it is tried (PoisonQuarantinePolicy): one that failed
 * or crashed `ingest.maxAttempts` times is moved to `<inbound queue>.quarantine` (the broker's
 * confirm first), answered with a CONTRL that rejects it (code 18), and only then acknowledged.
 */
@Injectable()
export class MqDeliveryHandler {
  private readonly logger = new Logger('MqChannel');
  /** Failures in a row across all carriers; the next success resets it. */
  private failures = 0;

  constructor(
    @Inject(IngestInterchangeUseCase) private readonly ingest: IngestInterchange,
    @Inject(MQ_CONFIG) private readonly config: MqConfig,
    @Inject(PoisonQuarantinePolicy) private readonly policy: PoisonQuarantinePolicy,
  ) {}

  async handle(
    route: MqRoute,
    message: MqInboundMessage,
    replies: MqReplyPublisher,
    stopping: AbortSignal,
  ): Promise<void> {
    const receivedAt = new Date();
    const carrierId = this.carrierOf(route, message);
    const subject = InboundSubject.message(route.inboundQueue, route.carrierId, message.body);
    const outcome = await this.policy.attempt(
      subject,
      message.redelivered ? 'retry' : 'first',
      () => this.ingest.execute({ bytes: message.body, channel: 'mq', carrierId, receivedAt }),
    );
    switch (outcome.kind) {
      case 'ingested':
        return this.answer(route, message, replies, stopping, outcome.value);
      case 'quarantine':
        return this.quarantine(route, message, replies, stopping, subject, outcome);
      case 'failed':
        return this.giveBack(
          message,
          `ingest failed on ${route.inboundQueue}`,
          outcome.error,
          stopping,
        );
      case 'set-aside':
        // Only what is left where it lies is set aside: never a message, which is moved.
        return this.giveBack(message, route.inboundQueue, new Error('set aside'), stopping);
    }
  }

  private async answer(
    route: MqRoute,
    message: MqInboundMessage,
    replies: MqReplyPublisher,
    stopping: AbortSignal,
    result: IngestResult,
  ): Promise<void> {
    try {
      await replies.publish(route.replyQueue, contrlReplyOf(result, message));
    } catch (error) {
      // Journaled already: the redelivery will be a duplicate, answered with code 26.
      return this.giveBack(message, `reply to ${route.replyQueue} not confirmed`, error, stopping);
    }
    this.failures = 0;
    this.settle('ack', () => message.ack());
  }

  /** Acknowledged only once the quarantine queue has it; the CONTRL is sent on a best effort. */
  private async quarantine(
    route: MqRoute,
    message: MqInboundMessage,
    replies: MqReplyPublisher,
    stopping: AbortSignal,
    subject: InboundSubject,
    verdict: QuarantineVerdict,
  ): Promise<void> {
    const queue = quarantineQueueOf(route.inboundQueue);
    try {
      await replies.publish(queue, quarantinedCopyOf(message, route.inboundQueue, verdict));
    } catch (error) {
      return this.giveBack(message, `cannot move a message to ${queue}`, error, stopping);
    }
    const contrl = this.policy.rejection(subject, verdict);
    if (contrl !== undefined) {
      await replies
        .publish(route.replyQueue, quarantineReplyOf(contrl, message))
        .catch((error: unknown) =>
          this.logger.error(
            `the CONTRL of a message quarantined in ${queue} was not confirmed on ${route.replyQueue}: ${reasonOf(error)}`,
          ),
        );
    }
    await this.policy.quarantined(subject, verdict, `queue ${queue}`);
    this.settle('ack', () => message.ack());
  }

  /** The queue's carrier, unless its `user` is set and the message names another publisher. */
  private carrierOf(route: MqRoute, message: MqInboundMessage): string | undefined {
    if (route.user === undefined || message.userId === route.user) return route.carrierId;
    this.logger.warn(
      `A message on ${route.inboundQueue} carries user-id '${message.userId ?? ''}', not ` +
        `'${route.user}': it is journaled as from no carrier and answered with code 23.`,
    );
    return undefined;
  }

  private async giveBack(
    message: MqInboundMessage,
    what: string,
    error: unknown,
    stopping: AbortSignal,
  ): Promise<void> {
    const delay = backoffDelay(
      this.failures++,
      this.config.reconnectMinMs,
      this.config.reconnectMaxMs,
    );
    this.logger.warn(`${what} (${reasonOf(error)}); the message goes back to the queue.`);
    // Cut short on shutdown: the message is then handed back at once.
    await sleep(delay, undefined, { signal: stopping }).catch(() => undefined);
    this.settle('requeue', () => message.requeue());
  }

  private settle(action: string, settle: () => void): void {
    try {
      settle();
    } catch (error) {
      // The link went with its connection; the broker requeues what it had not been told.
      this.logger.debug(`cannot ${action} (${reasonOf(error)}); the broker will redeliver it.`);
    }
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
