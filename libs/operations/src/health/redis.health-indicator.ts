import Redis from 'ioredis';
import { HealthIndicator } from './health-indicator';
import { withTimeout } from './with-timeout';

/**
 * Redis answers PING on a connection of its own: a fresh connection proves the server takes
 * new clients, which a worker restarting would need, and leaves the queue's connections alone.
 */
export class RedisHealthIndicator implements HealthIndicator {
  readonly name: string;

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {
    this.name = `redis ${host}:${port}`;
  }

  async check(timeoutMs: number): Promise<void> {
    const client = new Redis({
      host: this.host,
      port: this.port,
      lazyConnect: true,
      connectTimeout: timeoutMs,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      retryStrategy: () => null,
    });
    // ioredis also emits what it rejects with; an 'error' nobody listens to would crash us.
    client.on('error', () => undefined);
    try {
      await withTimeout(
        client.connect().then(() => client.ping()),
        timeoutMs,
        `redis at ${this.host}:${this.port}`,
      );
    } finally {
      client.disconnect();
    }
  }
}
