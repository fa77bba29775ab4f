import { Inject, Injectable, Logger } from '@nestjs/common';
import { MQ_CONFIG, MqConfig } from '@app/config';
import { IngestInterchangeUseCase, IngestResult } from '@app/ingest';
import { setTimeout as sleep } from 'node:timers/promises';
import { MqInboundMessage, MqReplyPublisher } from './mq-connector.port';
import { MqRoute } from './mq-carrier.routes';
import { contrlReplyOf } from './mq-reply.mapper';
import { backoffDelay } from './reconnect.backoff';

export type MqIngest = Pick<IngestInterchangeUseCase, 'execute'>;

/**
 * One message from a carrier's queue: identity, ingest, CONTRL reply, ack, in that order.
 *
 * The inbound message is acknowledged only after the journal commit (ingest resolved) and the
 * broker's confirm of the reply: a crash or a lost connection anywhere before leaves it on the
 * queue, and its redelivery is journaled as a duplicate (CONTRL 26) and answered again. An
 * outage (ingest or reply failing) hands the message back after a growing pause, so a broker
 * redelivering at once does not spin against a database that is down.
 */
@Injectable()
export class MqDeliveryHandler {
  private readonly logger = new Logger('MqChannel');
  /** Failures in a row across all carriers; the next success resets it. */
  private failures = 0;

  constructor(
    @Inject(IngestInterchangeUseCase) private readonly ingest: MqIngest,
    @Inject(MQ_CONFIG) private readonly config: MqConfig,
  ) {}

  async handle(
    route: MqRoute,
    message: MqInboundMessage,
    replies: MqReplyPublisher,
    stopping: AbortSignal,
  ): Promise<void> {
    const receivedAt = new Date();
    let result: IngestResult;
    try {
      result = await this.ingest.execute({
        bytes: message.body,
        channel: 'mq',
        carrierId: this.carrierOf(route, message),
        receivedAt,
      });
    } catch (error) {
      return this.giveBack(message, `ingest failed on ${route.inboundQueue}`, error, stopping);
    }
    try {
      await replies.publish(route.replyQueue, contrlReplyOf(result, message));
    } catch (error) {
      // Journaled already: the redelivery will be a duplicate, answered with code 26.
      return this.giveBack(message, `reply to ${route.replyQueue} not confirmed`, error, stopping);
    }
    this.failures = 0;
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
