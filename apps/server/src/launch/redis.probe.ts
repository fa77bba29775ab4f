import { RedisConfig } from '@app/config';
import Redis from 'ioredis';

/** Fails fast, with one clear line, when Redis does not answer: the queue cannot work without it. */
export async function probeRedis(redis: RedisConfig, timeoutMs = 2000): Promise<void> {
  const client = new Redis({
    host: redis.host,
    port: redis.port,
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new Error(
      `Redis is not answering at ${redis.host}:${redis.port} (${error instanceof Error ? error.message : String(error)}); start it, or set PAXGATE_REDIS_HOST and PAXGATE_REDIS_PORT.`,
    );
  } finally {
    client.disconnect();
  }
}
