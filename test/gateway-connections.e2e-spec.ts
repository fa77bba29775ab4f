import { GatewaySocket } from './support/gateway-socket.client';
import { eventually, PaxgateHarness } from './support/paxgate.harness';
import { RecordingLogger } from './support/recording.logger';
import { demoPaxlst, freshReference } from './support/sample-interchanges';

const HEADERS_TIMEOUT_MS = 1000;
const REQUEST_TIMEOUT_MS = 2000;
const KEEP_ALIVE_TIMEOUT_MS = 500;
/** Far under the 10 s and 60 s defaults: a close within it is the suite's setting at work. */
const BOUND_MS = 6000;
const HEAD = 'POST /v1/interchanges HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n';

/** How the gateway ends connections: clients that take too long, and clients that leave. */
describe('gateway connections', () => {
  let harness: PaxgateHarness;
  const logger = new RecordingLogger();
  /** The info lines about clients that left, once there are `count` of them. */
  const leftLines = (count: number): Promise<string[]> =>
    eventually(
      () => {
        const lines = logger.lines.log.filter((l) => l.includes('before the end of its body'));
        return lines.length >= count ? lines : undefined;
      },
      BOUND_MS,
      `${count} line(s) about a client that left`,
    );
  const open: Array<{ destroy(): void }> = [];
  const drips: NodeJS.Timeout[] = [];

  /** Writes `piece` every `everyMs` until the connection closes. */
  const drip = (client: GatewaySocket, piece: string, everyMs: number): void => {
    const timer = setInterval(() => void client.write(piece), everyMs);
    drips.push(timer);
    client.socket.once('close', () => clearInterval(timer));
  };

  /** A connection past its handshake, and when that was. */
  const connect = async (): Promise<[GatewaySocket, number]> => {
    const client = new GatewaySocket(harness.gatewayUrl, harness.pki);
    open.push(client);
    expect(await client.handshaken()).toBeUndefined();
    return [client, Date.now()];
  };

  beforeAll(async () => {
    harness = await PaxgateHarness.start({
      journal: 'sqlite',
      roles: ['gateway'],
      logger,
      destinations: [{ kind: 'directory', name: 'local', path: 'delivered', format: 'raw' }],
      env: {
        PAXGATE_GATEWAY_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
        PAXGATE_GATEWAY_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
        PAXGATE_GATEWAY_KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_TIMEOUT_MS),
      },
    });
  });

  afterEach(() => {
    for (const timer of drips.splice(0)) clearInterval(timer);
    for (const client of open.splice(0)) client.destroy();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('closes with 408 a connection whose headers trickle past the headers timeout', async () => {
    const [client, since] = await connect();
    await client.write(HEAD);
    drip(client, 'X-Slow: 1\r\n', 200);

    const closedAt = await client.closedWithin(BOUND_MS);

    expect(closedAt - since).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 100);
    expect(client.text).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('closes a connection that sends nothing after the handshake', async () => {
    const [client, since] = await connect();

    const closedAt = await client.closedWithin(BOUND_MS);

    expect(closedAt - since).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 100);
  });

  it('cuts with 408 a body that trickles past the request timeout', async () => {
    const [client, since] = await connect();
    await client.write(`${HEAD}Content-Length: 100000\r\n\r\nUNA`);
    drip(client, ' ', 100);

    const closedAt = await client.closedWithin(BOUND_MS);

    expect(closedAt - since).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
    expect(client.text).toMatch(/^HTTP\/1\.1 408 /);
    // The controller reading that body sees the connection go: a line at info, no error.
    expect(await leftLines(1)).toHaveLength(1);
    expect(logger.lines.error).toEqual([]);
  });

  it('closes a kept-alive connection idle past the keep-alive timeout', async () => {
    const [client] = await connect();
    const body = demoPaxlst(freshReference());
    await client.write(`${HEAD}Content-Length: ${body.length}\r\n\r\n`);
    await client.write(body);

    const answer = await client.receivedWithin(/UNZ\+[^']*'$/, BOUND_MS);
    const answeredAt = Date.now();
    const closedAt = await client.closedWithin(BOUND_MS);

    expect(answer).toMatch(/^HTTP\/1\.1 200 [^]*\r\nConnection: keep-alive\r\n/i);
    expect(closedAt - answeredAt).toBeGreaterThanOrEqual(KEEP_ALIVE_TIMEOUT_MS - 100);
    // Node's own default is 5 s.
    expect(closedAt - answeredAt).toBeLessThan(4000);
  });

  it('logs a client that leaves in the middle of its body at info, and answers the next', async () => {
    const before = (await leftLines(0)).length;
    const [client] = await connect();
    const body = demoPaxlst(freshReference());
    // 100 Continue: the request reached the controller, which now waits for the body.
    await client.write(`${HEAD}Content-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n`);
    await client.receivedWithin(/^HTTP\/1\.1 100 Continue\r\n\r\n$/, BOUND_MS);
    await client.write(body.subarray(0, body.length / 2));

    client.destroy();

    expect(await leftLines(before + 1)).toHaveLength(before + 1);
    expect(logger.lines.error).toEqual([]);
    expect(logger.lines.warn).toEqual([]);
    const next = await harness.post(demoPaxlst(freshReference()));
    expect(next.status).toBe(200);
  });
});
