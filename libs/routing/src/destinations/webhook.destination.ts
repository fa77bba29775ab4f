import * as http from 'node:http';
import * as https from 'node:https';
import { WebhookDestinationConfig, MultipartDelivery } from '@app/config';
import { DeliveryReceipt, DeliveryRequest } from '../delivery-request';
import { DeliveryError } from '../delivery.error';
import { Destination } from '../destination.port';
import { assertFormat } from './format-check';
import { signWebhookBody } from './webhook-signature';

/** Enough of an answer's body to explain a refusal, without reading a large page. */
const EXCERPT_BYTES = 512;

/** POSTs each message, signed with HMAC-SHA256, to an HTTP(S) endpoint. */
export class WebhookDestination implements Destination {
  readonly kind = 'webhook';
  readonly name: string;
  readonly format: WebhookDestinationConfig['format'];
  readonly multipart: MultipartDelivery;
  private readonly url: URL;
  /** Where error messages point: never the query string or credentials of the URL. */
  private readonly where: string;
  private readonly agent: http.Agent;
  private readonly timeoutMs: number;

  constructor(private readonly config: WebhookDestinationConfig) {
    this.name = config.name;
    this.format = config.format;
    this.multipart = config.multipart ?? 'interchange';
    this.url = new URL(config.url);
    if (this.url.protocol !== 'https:' && this.url.protocol !== 'http:') {
      throw new Error(`webhook destination ${config.name}: ${this.url.protocol} is not http(s)`);
    }
    this.where = `${this.url.origin}${this.url.pathname}`;
    this.agent =
      this.url.protocol === 'https:'
        ? new https.Agent({ keepAlive: true })
        : new http.Agent({ keepAlive: true });
    this.timeoutMs = config.timeoutMs ?? 10_000;
  }

  deliver(request: DeliveryRequest): Promise<DeliveryReceipt> {
    return new Promise<DeliveryReceipt>((resolve, reject) => {
      assertFormat(this, request);
      let settled = false;
      const settle = (outcome: DeliveryReceipt | DeliveryError): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (outcome instanceof DeliveryError) reject(outcome);
        else resolve(outcome);
      };
      let req: http.ClientRequest;
      try {
        req = this.send(request);
      } catch (error) {
        // Node refuses header values it cannot send (e.g. a control character in a code).
        return reject(this.error(`cannot build the request: ${String(error)}`, false, error));
      }
      // The timeout covers the whole exchange: a server that trickles bytes cannot hold us.
      const timer = setTimeout(() => {
        settle(this.error(`no complete answer within ${this.timeoutMs} ms`, true));
        req.destroy();
      }, this.timeoutMs);
      req.on('error', (error: NodeJS.ErrnoException) => {
        settle(this.error(`request failed: ${error.code ?? error.message}`, true, error));
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        let length = 0;
        res.on('data', (chunk: Buffer) => {
          if (length < EXCERPT_BYTES) chunks.push(chunk);
          length += chunk.length;
        });
        res.on('error', (error) =>
          settle(this.error(`answer broken off: ${error.message}`, true, error)),
        );
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const excerpt = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8').trim();
          const answer = `HTTP ${status}${excerpt ? `: ${excerpt}` : ''}`;
          const delivered = status >= 200 && status < 300;
          settle(
            delivered
              ? { detail: `${this.where} answered ${answer}` }
              : this.error(`answered ${answer}`, isRetryableStatus(status)),
          );
        });
      });
      req.end(request.body);
    });
  }

  close(): Promise<void> {
    this.agent.destroy();
    return Promise.resolve();
  }

  private send(request: DeliveryRequest): http.ClientRequest {
    const send = this.url.protocol === 'https:' ? https.request : http.request;
    return send(this.url, {
      method: 'POST',
      agent: this.agent,
      headers: {
        'Content-Type': request.contentType,
        'Content-Length': request.body.length,
        'X-Paxgate-Signature': signWebhookBody(this.config.secret, request.body),
        'X-Paxgate-Idempotency-Key': request.idempotencyKey,
        'X-Paxgate-Message-Type': request.messageType,
        'X-Paxgate-Carrier': request.carrier,
        'X-Paxgate-Delivery-Id': request.deliveryId,
      },
    });
  }

  private error(message: string, retryable: boolean, cause?: unknown): DeliveryError {
    return new DeliveryError(
      `webhook destination ${this.name} (${this.where}): ${message}`,
      retryable,
      {
        cause,
      },
    );
  }
}

/** Timeouts, throttling and server errors are worth retrying; other refusals and redirects not. */
function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}
