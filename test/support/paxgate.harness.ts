import { LoggerService } from '@nestjs/common';
import { issueCarrierCertificate, PkiMaterial } from '@app/carriers';
import { loadConfig, PaxgateConfig } from '@app/config';
import { launchPaxgate, Launched, Role } from '../../apps/server/src/launch/paxgate.launcher';
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import { deleteRedisKeys } from './redis-keys';

export type JournalKind = 'sqlite' | 'postgres';
export type ClientIdentity = 'demo' | 'other' | 'none';

export interface HarnessOptions {
  journal: JournalKind;
  roles?: Role[];
  destinations: PaxgateConfig['routing']['destinations'];
  /** More PAXGATE_* settings for this suite. */
  env?: Readonly<Record<string, string>>;
  /** Where paxgate logs, for a suite that asserts on it; by default errors go to the console. */
  logger?: LoggerService;
}

export interface HttpAnswer {
  status: number;
  contentType: string;
  body: string;
}

const PG_ADMIN = process.env.E2E_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * One paxgate on loopback for an end-to-end suite: its own data directory, Redis key prefix and
 * (for PostgreSQL) database, all removed by `stop`.
 */
export class PaxgateHarness {
  private launches: Launched[] = [];
  private otherCert: { certPem: string; keyPem: string } | undefined;

  private constructor(
    readonly config: PaxgateConfig,
    /** The environment that configures this paxgate, for roles started as child processes. */
    readonly env: Readonly<Record<string, string>>,
    private readonly dataDir: string,
    private readonly pgDatabase: string | undefined,
    private readonly logger: LoggerService | undefined,
  ) {}

  static async start(options: HarnessOptions): Promise<PaxgateHarness> {
    const id = randomBytes(5).toString('hex');
    const dataDir = await mkdtemp(join(tmpdir(), 'paxgate-e2e-'));
    const pgDatabase = options.journal === 'postgres' ? `paxgate_e2e_${id}` : undefined;
    if (pgDatabase) await withPg((pg) => pg.query(`CREATE DATABASE ${pgDatabase}`));
    const env: Record<string, string> = {
      PAXGATE_DATA_DIR: dataDir,
      PAXGATE_GATEWAY_HOST: '127.0.0.1',
      PAXGATE_GATEWAY_PORT: '0',
      PAXGATE_CONSOLE_PORT: '0',
      PAXGATE_REDIS_PREFIX: `e2e-${id}`,
      PAXGATE_JOURNAL_KIND: options.journal,
      ...(pgDatabase
        ? { PAXGATE_JOURNAL_POSTGRES_URL: PG_ADMIN.replace(/\/[^/]*$/, `/${pgDatabase}`) }
        : {}),
      PAXGATE_DELIVERY_ATTEMPTS: '4',
      PAXGATE_DELIVERY_BACKOFF_MS: '100',
      PAXGATE_DELIVERY_MAX_BACKOFF_MS: '400',
      PAXGATE_OUTBOX_SWEEP_INTERVAL_MS: '500',
      PAXGATE_OUTBOX_STALE_AFTER_MS: '1000',
      PAXGATE_CARRIERS: JSON.stringify([
        { id: 'DEMO', name: 'Demo Airline', senders: ['DEMO', 'LUFTHANSA'] },
        { id: 'OTHER', name: 'Other Air', senders: ['OTHERAIR'] },
      ]),
      PAXGATE_ROUTING: JSON.stringify({
        destinations: options.destinations,
        rules: [{ name: 'all', match: {}, destinations: options.destinations.map((d) => d.name) }],
      }),
      ...options.env,
    };
    const config = loadConfig({ cwd: process.cwd(), env });
    const harness = new PaxgateHarness(config, env, dataDir, pgDatabase, options.logger);
    try {
      await harness.launch(options.roles ?? ['gateway', 'worker', 'console']);
    } catch (error) {
      // The suite never gets the harness to stop: leave no database, prefix or directory behind.
      await harness.stop();
      throw error;
    }
    return harness;
  }

  async launch(roles: Role[]): Promise<Launched> {
    const launched = await launchPaxgate(this.config, roles, { logger: this.logger ?? ['error'] });
    this.launches.push(launched);
    return launched;
  }

  get gatewayUrl(): string {
    const url = this.launches.find((l) => l.gatewayUrl)?.gatewayUrl;
    if (!url) throw new Error('no gateway role was launched');
    return url;
  }

  get consoleUrl(): string {
    const url = this.launches.find((l) => l.consoleUrl)?.consoleUrl;
    if (!url) throw new Error('no console role was launched');
    return url;
  }

  /** The SFTP server's port (PAXGATE_SFTP_PORT set for this suite). */
  get sftpPort(): number {
    const port = this.launches.find((l) => l.sftpPort !== undefined)?.sftpPort;
    if (port === undefined) throw new Error('no gateway role with an SFTP server was launched');
    return port;
  }

  get pki(): PkiMaterial {
    const pki = this.launches.find((l) => l.pki)?.pki;
    if (!pki) throw new Error('no gateway role was launched');
    return pki;
  }

  /** POSTs an interchange over mutual TLS as the demo carrier, another carrier, or no one. */
  post(
    body: Buffer,
    as: ClientIdentity = 'demo',
    accept = 'application/edifact',
    contentType = 'application/edifact',
  ): Promise<HttpAnswer> {
    const pki = this.pki;
    const demo = pki.carriers.DEMO;
    this.otherCert ??= issueCarrierCertificate(pki, 'OTHER', 'Other Air');
    const identity =
      as === 'demo'
        ? { cert: demo.certPem, key: demo.keyPem }
        : as === 'other'
          ? { cert: this.otherCert.certPem, key: this.otherCert.keyPem }
          : {};
    return new Promise((resolve, reject) => {
      const req = httpsRequest(
        `${this.gatewayUrl}/v1/interchanges`,
        {
          method: 'POST',
          ca: pki.ca.certPem,
          servername: 'localhost',
          ...identity,
          headers: { 'content-type': contentType, accept },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              contentType: String(res.headers['content-type'] ?? ''),
              body: Buffer.concat(chunks).toString('latin1'),
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Calls the status API with the admin token. */
  async admin<T>(method: 'GET' | 'POST', path: string): Promise<{ status: number; json: T }> {
    const res = await fetch(`${this.consoleUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.config.console.adminToken}` },
    });
    return { status: res.status, json: (await res.json()) as T };
  }

  async stop(): Promise<void> {
    for (const launched of this.launches.reverse()) await launched.close();
    this.launches = [];
    await deleteRedisKeys(this.config.redis.prefix, this.config.redis.host, this.config.redis.port);
    if (this.pgDatabase) {
      await withPg((pg) => pg.query(`DROP DATABASE IF EXISTS ${this.pgDatabase} WITH (FORCE)`));
    }
    await rm(this.dataDir, { recursive: true, force: true });
  }
}

async function withPg<T>(work: (pg: Client) => Promise<T>): Promise<T> {
  const pg = new Client({ connectionString: PG_ADMIN });
  await pg.connect();
  try {
    return await work(pg);
  } finally {
    await pg.end();
  }
}

/** Polls until `check` returns a value, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 15000,
  what = 'condition',
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
