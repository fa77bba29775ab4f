import { connect } from 'amqplib';
import { AmqpDestinationConfig, MultipartDelivery } from '@app/config';
import { DeliveryReceipt, DeliveryRequest } from '../delivery-request';
import { DeliveryError } from '../delivery.error';
import { Destination } from '../destination.port';
import { AmqpConnect, AmqpSession } from './amqp.session';
import { assertFormat } from './format-check';

export interface AmqpDestinationOptions {
  connect?: AmqpConnect;
  /** How long to wait for a publisher confirm before giving the connection up; 30 s. */
  confirmTimeoutMs?: number;
}

/** AMQP reply codes that say the configuration is wrong, which a retry cannot fix. */
const CONFIGURATION_CODES = new Set<unknown>([403, 406]);

/**
 * Publishes to a durable topic exchange and resolves on the broker's publisher confirm, so a
 * resolved delivery is one the broker has taken responsibility for. Connects on first use and
 * again after the connection is lost.
 */
export class AmqpDestination implements Destination {
  readonly kind = 'amqp';
  readonly name: string;
  readonly format: AmqpDestinationConfig['format'];
  readonly multipart: MultipartDelivery;
  private readonly label: string;
  private readonly connect: AmqpConnect;
  private readonly confirmTimeoutMs: number;
  private session: Promise<AmqpSession> | undefined;
  private closed = false;

  constructor(
    private readonly config: AmqpDestinationConfig,
    options: AmqpDestinationOptions = {},
  ) {
    this.name = config.name;
    this.format = config.format;
    this.multipart = config.multipart ?? 'interchange';
    this.label = `amqp destination ${config.name}`;
    this.connect = options.connect ?? ((url, socketOptions) => connect(url, socketOptions));
    this.confirmTimeoutMs = options.confirmTimeoutMs ?? 30_000;
  }

  async deliver(request: DeliveryRequest): Promise<DeliveryReceipt> {
    assertFormat(this, request);
    if (this.closed) throw new DeliveryError(`${this.label} is closed`, true);
    const routingKey =
      this.config.routingKey ?? `${request.messageType}.${request.carrier}`.toLowerCase();
    const session = await this.currentSession();
    await session.publish(
      this.config.exchange,
      routingKey,
      request.body,
      {
        persistent: true,
        messageId: request.idempotencyKey,
        contentType: request.contentType,
        headers: headersOf(request),
      },
      this.confirmTimeoutMs,
    );
    return {
      detail: `confirmed by the broker on exchange ${this.config.exchange} with routing key ${routingKey}`,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    const opening = this.session;
    this.session = undefined;
    const session = await opening?.catch(() => undefined);
    await session?.close();
  }

  private currentSession(): Promise<AmqpSession> {
    if (this.session) return this.session;
    const target = { url: this.config.url, exchange: this.config.exchange, label: this.label };
    const forget = (): void => {
      if (this.session === opening) this.session = undefined;
    };
    const opening: Promise<AmqpSession> = AmqpSession.open(this.connect, target, forget).catch(
      (error: unknown) => {
        forget();
        throw this.connectError(error);
      },
    );
    this.session = opening;
    return opening;
  }

  private connectError(error: unknown): DeliveryError {
    const code = (error as { code?: unknown } | null)?.code;
    const reason = error instanceof Error ? error.message : String(error);
    return new DeliveryError(
      `${this.label}: cannot open the connection or the exchange ${this.config.exchange}: ${reason}`,
      !CONFIGURATION_CODES.has(code),
      { cause: error },
    );
  }
}

/** Headers a consumer can route or deduplicate on without parsing the body. */
function headersOf(request: DeliveryRequest): Record<string, string> {
  const headers: Record<string, string> = {
    'x-paxgate-message-id': request.messageId,
    'x-paxgate-message-type': request.messageType,
    'x-paxgate-carrier': request.carrier,
    'x-paxgate-idempotency-key': request.idempotencyKey,
  };
  if (request.flight !== undefined) headers['x-paxgate-flight'] = request.flight;
  if (request.schemaVersion !== undefined) headers['x-paxgate-schema'] = request.schemaVersion;
  return headers;
}
