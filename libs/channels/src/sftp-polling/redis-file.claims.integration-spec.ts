import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { RedisFileClaims } from './redis-file.claims';

const REDIS = {
  host: process.env.PAXGATE_TEST_REDIS_HOST ?? '127.0.0.1',
  port: Number(process.env.PAXGATE_TEST_REDIS_PORT ?? 6379),
};

describe(RedisFileClaims.name, () => {
  const prefix = `claims-test-${randomUUID()}`;
  const first = new RedisFileClaims({ ...REDIS, prefix });
  const second = new RedisFileClaims({ ...REDIS, prefix });
  const redis = new Redis(REDIS);
  const used: string[] = [];
  let key: string;

  beforeEach(() => used.push((key = `${prefix}:${randomUUID()}`)));

  afterAll(async () => {
    await redis.del(...used);
    await Promise.all([first.close(), second.close(), redis.quit()]);
  });

  it('gives a file to one of two workers that claim it at once', async () => {
    const claims = await Promise.all([first.claim(key, 60_000), second.claim(key, 60_000)]);
    expect(claims.filter((claim) => claim !== undefined)).toHaveLength(1);
  });

  it('lets the next poll take a released file', async () => {
    const claim = await first.claim(key, 60_000);
    await claim?.release();
    expect(await second.claim(key, 60_000)).toBeDefined();
  });

  it('lets the claim lapse on its own, so a crashed worker does not keep the file', async () => {
    expect(await first.claim(key, 50)).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await second.claim(key, 60_000)).toBeDefined();
  });

  it('never releases a claim another worker made after ours lapsed', async () => {
    const lapsed = await first.claim(key, 50);
    await new Promise((resolve) => setTimeout(resolve, 120));
    const current = await second.claim(key, 60_000);
    await lapsed?.release();
    expect(current).toBeDefined();
    expect(await first.claim(key, 60_000)).toBeUndefined();
  });
});
