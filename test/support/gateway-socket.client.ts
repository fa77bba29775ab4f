import { PkiMaterial } from '@app/carriers';
import { connect, ConnectionOptions, TLSSocket } from 'node:tls';

/**
 * A raw TLS connection to the gateway as the demo carrier, for tests that must control each byte
 * and see how the server ends the connection (which an HTTP client hides).
 */
export class GatewaySocket {
  readonly socket: TLSSocket;
  private received = Buffer.alloc(0);
  private readonly closing: Promise<number>;
  private readonly handshake: Promise<Error | undefined>;

  constructor(gatewayUrl: string, pki: PkiMaterial, options: ConnectionOptions = {}) {
    const url = new URL(gatewayUrl);
    this.socket = connect({
      host: url.hostname,
      port: Number(url.port),
      servername: 'localhost',
      ca: pki.ca.certPem,
      cert: pki.carriers.DEMO.certPem,
      key: pki.carriers.DEMO.keyPem,
      ...options,
    });
    this.socket.on('data', (chunk: Buffer) => {
      this.received = Buffer.concat([this.received, chunk]);
      this.socket.emit('received');
    });
    this.handshake = new Promise((resolve) => {
      this.socket.once('secureConnect', () => resolve(undefined));
      this.socket.once('error', resolve);
    });
    // Errors after the handshake (a reset under a write) end in 'close' as well.
    this.socket.on('error', () => undefined);
    this.closing = new Promise((resolve) => this.socket.once('close', () => resolve(Date.now())));
  }

  /** Undefined once the handshake completed, else the error that ended it. */
  handshaken(): Promise<Error | undefined> {
    return this.handshake;
  }

  /** What the server sent so far, as text. */
  get text(): string {
    return this.received.toString('latin1');
  }

  get isClosed(): boolean {
    return this.socket.closed;
  }

  /**
   * When (epoch ms) the connection closed; fails when it is still open after `withinMs` (a bound
   * for a failing test, not a wait for a passing one).
   */
  closedWithin(withinMs: number): Promise<number> {
    return this.within(this.closing, withinMs, `still open after ${withinMs} ms`);
  }

  /** Resolves once what the server sent matches `pattern`; fails after `withinMs`. */
  receivedWithin(pattern: RegExp, withinMs: number): Promise<string> {
    const matching = new Promise<string>((resolve) => {
      const check = (): void => {
        if (!pattern.test(this.text)) return;
        this.socket.off('received', check);
        resolve(this.text);
      };
      this.socket.on('received', check);
      check();
    });
    return this.within(matching, withinMs, `no ${pattern} within ${withinMs} ms`);
  }

  private async within<T>(promise: Promise<T>, withinMs: number, failure: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(failure)), withinMs);
    });
    try {
      return await Promise.race([promise, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Writes `text` (or a buffer); resolves once handed to the socket, or at once if it is closed. */
  write(data: string | Buffer): Promise<void> {
    if (this.socket.destroyed || this.socket.writableEnded) return Promise.resolve();
    return new Promise((resolve) => this.socket.write(data, () => resolve()));
  }

  destroy(): void {
    this.socket.destroy();
  }
}
