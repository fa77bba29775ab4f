import { ConsoleConfig } from '../groups/console.config';
import { PaxgateConfig } from '../paxgate.config';

/** The built-in layer: everything but the admin token, which is generated when none is set. */
export type ConfigDefaults = Omit<PaxgateConfig, 'console'> & {
  console: Omit<ConsoleConfig, 'adminToken'>;
};

/**
 * The lowest layer. config/default.json repeats these values to document them (a spec keeps the
 * two equal). Paths are relative to data.dir so that PAXGATE_DATA_DIR moves them all.
 */
export function configDefaults(): ConfigDefaults {
  return {
    data: { dir: './data' },
    gateway: {
      host: '0.0.0.0',
      port: 8443,
      bodyLimitBytes: 20 * 1024 * 1024,
      headersTimeoutMs: 10000,
      requestTimeoutMs: 60000,
      keepAliveTimeoutMs: 5000,
    },
    inspection: { threads: 0, timeBudgetMs: 30000, memoryBudgetMb: 1024 },
    console: { host: '127.0.0.1', port: 8080 },
    journal: { kind: 'sqlite', sqliteFile: 'journal.sqlite', migrate: true },
    redis: { host: '127.0.0.1', port: 6379, prefix: 'paxgate' },
    delivery: { attempts: 5, backoffMs: 1000, maxBackoffMs: 60000, webhookTimeoutMs: 10000 },
    outbox: { sweepIntervalMs: 5000, staleAfterMs: 10000 },
    jobs: { lockMs: 30000, stalledCheckMs: 15000, concurrency: 16 },
    ingest: { maxAttempts: 3 },
    sftp: {
      host: '0.0.0.0',
      hostKeyFile: 'sftp/host-key',
      root: 'sftp/carriers',
      uploadLimitBytes: 20 * 1024 * 1024,
    },
    mq: { protocol: 'amqp-0-9-1', prefetch: 16, reconnectMinMs: 500, reconnectMaxMs: 30000 },
    assembly: { timeoutMs: 300000, sweepIntervalMs: 10000 },
    carriers: [{ id: 'DEMO', name: 'Demo Airline', senders: ['DEMO', 'LUFTHANSA'] }],
    routing: {
      destinations: [
        { kind: 'directory', name: 'local', path: 'delivered', format: 'json' },
        { kind: 'directory', name: 'local-raw', path: 'delivered', format: 'raw' },
      ],
      rules: [{ name: 'everything', match: {}, destinations: ['local', 'local-raw'] }],
    },
    polling: { sftp: [] },
  };
}
