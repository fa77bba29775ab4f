// The webhook destination against a real HTTP server on loopback; the checks that need none
// are in webhook.destination.spec.ts.
import { createServer, IncomingHttpHeaders, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { expectDeliveryError } from '../testing/delivery-error.expectations';
import { deliveryRequest } from '../testing/delivery-request.fixture';
import { verifyWebhookSignature } from './webhook-signature';
import { WebhookDestination } from './webhook.destination';

const SECRET = 'correct horse battery staple';

interface Received {
  headers: IncomingHttpHeaders;
  body: Buffer;
  signed: boolean;
}

/** A real HTTP server that checks the signature, then answers as the test says. */
async function startServer(answer: (res: ServerResponse, count: number) => void): Promise<{
  server: Server;
  url: string;
  received: Received[];
}> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const signed = verifyWebhookSignature(SECRET, body, req.headers['x-paxgate-signature']);
      received.push({ headers: req.headers, body, signed });
      if (!signed) res.writeHead(401).end('bad signature');
      else answer(res, received.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/paxgate/inbox?token=t`, received };
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

describe(WebhookDestination.name, () => {
  let server: Server | undefined;
  let sut: WebhookDestination | undefined;
  const destination = (url: string, timeoutMs?: number): WebhookDestination =>
    (sut = new WebhookDestination({
      kind: 'webhook',
      name: 'risk',
      url,
      secret: SECRET,
      timeoutMs,
      format: 'raw',
    }));

  afterEach(async () => {
    await sut?.close();
    if (server) await stop(server);
    server = sut = undefined;
  });

  it('POSTs the signed body with the paxgate headers; a 500 is retryable, then a 200 delivers', async () => {
    const started = await startServer((res, count) =>
      count === 1 ? res.writeHead(500).end('database down') : res.writeHead(200).end('stored'),
    );
    server = started.server;
    const webhook = destination(started.url);
    const request = deliveryRequest();

    await expectDeliveryError(webhook.deliver(request), /HTTP 500: database down/, true);
    const receipt = await webhook.deliver(request);

    expect(receipt.detail).toMatch(/answered HTTP 200: stored$/);
    expect(receipt.detail).not.toContain('token');
    expect(started.received).toHaveLength(2);
    const [{ headers, body, signed }] = started.received;
    expect(signed).toBe(true);
    expect(body).toEqual(request.body);
    expect(headers).toMatchObject({
      'content-type': 'application/edifact',
      'x-paxgate-idempotency-key': request.idempotencyKey,
      'x-paxgate-message-type': 'PAXLST',
      'x-paxgate-carrier': 'LH',
      'x-paxgate-delivery-id': request.deliveryId,
    });
  });

  it.each([408, 429, 503])('treats HTTP %i as retryable', async (status) => {
    const started = await startServer((res) => res.writeHead(status).end());
    server = started.server;
    await expectDeliveryError(destination(started.url).deliver(deliveryRequest()), /HTTP/, true);
  });

  it('treats a 400 as final', async () => {
    const started = await startServer((res) => res.writeHead(400).end('unknown flight'));
    server = started.server;
    await expectDeliveryError(
      destination(started.url).deliver(deliveryRequest()),
      /HTTP 400: unknown flight/,
      false,
    );
  });

  it('gives up on a slow server after the timeout, retryably', async () => {
    const started = await startServer(() => undefined); // never answers
    server = started.server;
    const startedAt = Date.now();
    await expectDeliveryError(
      destination(started.url, 200).deliver(deliveryRequest()),
      /no complete answer within 200 ms/,
      true,
    );
    expect(Date.now() - startedAt).toBeLessThan(1_000);
  });

  it('treats a refused connection as retryable', async () => {
    const started = await startServer(() => undefined);
    await stop(started.server); // the port is now closed
    await expectDeliveryError(
      destination(started.url).deliver(deliveryRequest()),
      /ECONNREFUSED/,
      true,
    );
  });
});
