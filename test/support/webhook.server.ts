import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { verifyWebhookSignature } from '@app/routing';

export interface ReceivedDelivery {
  deliveryId: string;
  idempotencyKey: string;
  messageType: string;
  signatureValid: boolean;
  body: Buffer;
}

/**
 * A PIU consumer for the tests: records what it receives, answers 500 for the first `failures`
 * requests (or always), and can hold a request open to let a test kill the worker mid-delivery.
 */
export class WebhookTestServer {
  readonly received: ReceivedDelivery[] = [];
  failures = 0;
  alwaysFail = false;
  holdMs = 0;
  requests = 0;
  private server: Server | undefined;

  constructor(readonly secret: string) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req).then((status) => {
        res.statusCode = status;
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  /** What arrived for one delivery (paxgate sends its id in a header). */
  receivedFor(deliveryId: string): ReceivedDelivery[] {
    return this.received.filter((r) => r.deliveryId === deliveryId);
  }

  /** Distinct idempotency keys received: what a consumer that dedupes has processed. */
  distinctKeys(): string[] {
    return [...new Set(this.received.map((r) => r.idempotencyKey))];
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  private async handle(req: IncomingMessage): Promise<number> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    this.requests++;
    if (this.alwaysFail || this.failures > 0) {
      this.failures = Math.max(0, this.failures - 1);
      return 500;
    }
    if (this.holdMs > 0) await new Promise((r) => setTimeout(r, this.holdMs));
    this.received.push({
      deliveryId: String(req.headers['x-paxgate-delivery-id']),
      idempotencyKey: String(req.headers['x-paxgate-idempotency-key']),
      messageType: String(req.headers['x-paxgate-message-type']),
      signatureValid: verifyWebhookSignature(
        this.secret,
        body,
        String(req.headers['x-paxgate-signature']),
      ),
      body,
    });
    return 200;
  }
}
