import Redis from 'ioredis';

/**
 * CPU time the Redis server has used (user + system, from `INFO cpu`). The server is shared by
 * everything on the machine; during a bench run it serves this run alone, so the difference
 * over a stage is what this run's queue cost Redis.
 */
export class RedisCpuMeter {
  private readonly redis: Redis;

  constructor(host: string, port: number) {
    this.redis = new Redis({ host, port, lazyConnect: true });
  }

  async cpuMs(): Promise<number> {
    const info = await this.redis.info('cpu');
    let seconds = 0;
    for (const line of info.split('\n')) {
      const [key, value] = line.trim().split(':');
      if (key === 'used_cpu_user' || key === 'used_cpu_sys') seconds += Number(value);
    }
    return seconds * 1000;
  }

  close(): void {
    this.redis.disconnect();
  }
}
