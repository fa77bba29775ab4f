import { createServer, Server, Socket } from 'node:net';
import { HEALTHY, OperationsTestApp, startOperationsApp } from '../testing/operations-test-app';
import { AmqpHealthIndicator } from './amqp.health-indicator';
import { HealthReportDto } from './dto/health-report.dto';
import { HealthController } from './health.controller';
import { RedisHealthIndicator } from './redis.health-indicator';

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe(HealthController.name, () => {
  describe('with every dependency up', () => {
    let t: OperationsTestApp;
    beforeAll(async () => {
      t = await startOperationsApp();
    });
    afterAll(() => t.close());

    it('answers 200 and each check, without asking for a token', async () => {
      const res = await t.anonymous().get('/health').expect(200);

      const report = res.body as HealthReportDto;
      expect(report.status).toBe('up');
      expect(report.checks.map((c) => [c.name, c.status])).toEqual([
        ['journal', 'up'],
        ['redis 127.0.0.1:6379', 'up'],
        ['amqp amqp://guest:***@127.0.0.1:5672', 'up'],
      ]);
      expect(JSON.stringify(report)).not.toContain('guest:guest');
    });
  });

  describe('with a broker down', () => {
    let t: OperationsTestApp;
    let port: number;
    beforeAll(async () => {
      port = await closedPort();
      t = await startOperationsApp({
        health: { ...HEALTHY, amqpUrls: [...HEALTHY.amqpUrls, `amqp://127.0.0.1:${port}`] },
      });
    });
    afterAll(() => t.close());

    it('answers 503, naming the one that is down and why', async () => {
      const res = await t.anonymous().get('/health').expect(503);

      const report = res.body as HealthReportDto;
      expect(report.status).toBe('down');
      expect(report.checks.map((c) => c.status)).toEqual(['up', 'up', 'up', 'down']);
      expect(report.checks[3]).toEqual(
        expect.objectContaining({
          name: `amqp amqp://127.0.0.1:${port}`,
          error: expect.stringContaining('ECONNREFUSED') as unknown,
        }),
      );
    });
  });

  describe('indicators', () => {
    it('finds Redis down on a closed port', async () => {
      const port = await closedPort();

      await expect(new RedisHealthIndicator('127.0.0.1', port).check(2000)).rejects.toThrow(
        /ECONNREFUSED|Connection is closed/,
      );
    });

    it('gives up on a broker that accepts the connection and then says nothing', async () => {
      const sockets: Socket[] = [];
      const silent: Server = createServer((socket) => sockets.push(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const { port } = silent.address() as { port: number };
      const started = Date.now();
      try {
        await expect(
          new AmqpHealthIndicator(`amqp://guest:secret@127.0.0.1:${port}`).check(300),
        ).rejects.toThrow(`the broker at amqp://guest:***@127.0.0.1:${port}`);
        expect(Date.now() - started).toBeLessThan(2000);
      } finally {
        sockets.forEach((s) => s.destroy());
        await new Promise<void>((resolve) => silent.close(() => resolve()));
      }
    });
  });
});
