import Redis from 'ioredis';

/** Removes every key under a suite's own prefix, so the shared Redis is left as it was found. */
export async function deleteRedisKeys(prefix: string, host = '127.0.0.1', port = 6379) {
  const redis = new Redis({ host, port });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
