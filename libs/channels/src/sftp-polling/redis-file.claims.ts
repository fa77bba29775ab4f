import { Inject, Injectable } from '@nestjs/common';
import { REDIS_CONFIG, RedisConfig } from '@app/config';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { FileClaim, FileClaims } from './file-claims.port';

/** Deletes the key only while it still holds our token: never a claim another worker made since. */
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`;

/** Claims as Redis keys set with NX and an expiry, on a connection of their own. */
@Injectable()
export class RedisFileClaims implements FileClaims {
  private readonly redis: Redis;

  constructor(@Inject(REDIS_CONFIG) config: RedisConfig) {
    // Fail a claim quickly while Redis is away: the file simply waits for the next poll.
    this.redis = new Redis({ host: config.host, port: config.port, maxRetriesPerRequest: 1 });
    this.redis.on('error', () => undefined);
  }

  async claim(key: string, ttlMs: number): Promise<FileClaim | undefined> {
    const token = randomUUID();
    const set = await this.redis.set(key, token, 'PX', ttlMs, 'NX');
    if (set !== 'OK') return undefined;
    return {
      release: async () => {
        await this.redis.eval(RELEASE, 1, key, token);
      },
    };
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
