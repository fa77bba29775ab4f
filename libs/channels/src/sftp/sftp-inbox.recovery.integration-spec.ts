import { Logger } from '@nestjs/common';
import { CarrierConfig, SftpConfig } from '@app/config';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PoisonQuarantinePolicy } from '../quarantine/poison-quarantine.policy';
import { FakeIngestAttempts } from '../quarantine/testing/fake-ingest.attempts';
import { FakeQuarantineEvents } from '../quarantine/testing/fake-quarantine.events';
import { generateEd25519KeyPair } from './ed25519-key.generator';
import { SftpInboxServer } from './sftp-inbox.server';
import { FakeIngestUseCase } from './testing/fake-ingest.usecase';
import { SftpTestClient } from './testing/sftp-test.client';

const POISON = Buffer.from("UNA:+.? 'UNB+UNOA:4+DEMO:ZZ+PAXGATE:ZZ+261207:1100+REF42'UNH+1+PAX");
const keyOf = (name: string, bytes: Buffer) =>
  `sftp:DEMO:${name}:${createHash('sha256').update(bytes).digest('hex')}`;

/** The server's start: inbox recovery in the background, and the quarantine of poison. */
describe(`${SftpInboxServer.name} recovery and quarantine`, () => {
  const demoKey = generateEd25519KeyPair();
  const carriers = [
    { id: 'DEMO', name: 'Demo', senders: ['DEMO'], sftp: { publicKeys: [demoKey.public] } },
  ] as CarrierConfig[];
  let dir: string;
  let config: SftpConfig;
  let ingest: FakeIngestUseCase;
  let attempts: FakeIngestAttempts;
  let events: FakeQuarantineEvents;
  let sut: SftpInboxServer;
  let client: SftpTestClient | undefined;
  let warnings: string[];

  const demo = (...parts: string[]) => join(config.root, 'DEMO', ...parts);

  async function start(): Promise<void> {
    const policy = new PoisonQuarantinePolicy(attempts, events, { maxAttempts: 3 });
    sut = new SftpInboxServer(config, carriers, ingest, policy);
    await sut.start();
  }

  async function leave(name: string, bytes: Buffer | string): Promise<void> {
    await mkdir(demo('inbox'), { recursive: true });
    await writeFile(demo('inbox', name), bytes);
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sftp-recovery-'));
    config = {
      host: '127.0.0.1',
      port: 0,
      hostKeyFile: join(dir, 'sftp', 'host-key'),
      root: join(dir, 'sftp', 'carriers'),
      uploadLimitBytes: 1000,
    };
    ingest = new FakeIngestUseCase();
    attempts = new FakeIngestAttempts();
    events = new FakeQuarantineEvents();
    warnings = [];
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      warnings.push(String(message));
    });
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined);
  });

  afterEach(async () => {
    await client?.end();
    client = undefined;
    await sut?.stop();
    jest.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it('listens before it takes the files left in inboxes, and serves uploads meanwhile', async () => {
    await leave('slow.edi', 'SLOW');
    ingest.hold((command) => command.bytes.toString() === 'SLOW');
    let recovered = false;

    await start();
    void sut.recovered().then(() => (recovered = true));
    await waitFor(() => ingest.commands.length === 1);
    client = await SftpTestClient.connect(sut.port ?? 0, 'DEMO', demoKey.private);
    await client.put('/inbox/fresh.edi', 'UNA');

    expect(await readdir(demo('archive'))).toEqual(['fresh.edi']);
    expect(recovered).toBe(false);
    ingest.release();
    expect(await sut.recovered()).toEqual({ ingested: 1, quarantined: 0, left: 0 });
    expect((await readdir(demo('archive'))).sort()).toEqual(['fresh.edi', 'slow.edi']);
  });

  it('counts nothing for a fresh upload that is ingested', async () => {
    await start();
    client = await SftpTestClient.connect(sut.port ?? 0, 'DEMO', demoKey.private);

    await client.put('/inbox/fresh.edi', 'UNA');

    expect(attempts.calls).toEqual([]);
  });

  it('quarantines at start, untried, a file whose tries a crash loop used up', async () => {
    await leave('poison.edi', POISON);
    attempts.seed(keyOf('poison.edi', POISON), 3);

    await start();

    expect(await sut.recovered()).toEqual({ ingested: 0, quarantined: 1, left: 0 });
    expect(ingest.commands).toEqual([]);
    expect(await readdir(demo('inbox'))).toEqual([]);
    expect(await readFile(demo('quarantine', 'poison.edi'))).toEqual(POISON);
    expect(await readFile(demo('outbox', 'poison.edi.contrl'), 'latin1')).toContain(
      "UCI+REF42+DEMO:ZZ+PAXGATE:ZZ+4+18'",
    );
    expect(events.appended).toEqual([
      expect.objectContaining({
        subjectType: 'inbound',
        subjectId: keyOf('poison.edi', POISON),
        state: 'quarantined',
        detail: expect.objectContaining({
          channel: 'sftp',
          carrier: 'DEMO',
          source: 'inbox/poison.edi',
          placedAt: 'quarantine/poison.edi',
          attempts: 3,
        }) as unknown,
      }),
    ]);
    expect(attempts.rows.size).toBe(0);
    expect(warnings.join('\n')).toContain('inbox/poison.edi quarantined after 3 failed attempt(s)');
  });

  it('tries a file that fails every time once per start, then quarantines it', async () => {
    ingest.outage = true;
    await start();
    client = await SftpTestClient.connect(sut.port ?? 0, 'DEMO', demoKey.private);
    await expect(client.put('/inbox/bad.edi', POISON)).rejects.toThrow('stays in inbox');
    await client.end();
    client = undefined;

    const summaries = [];
    for (let restart = 0; restart < 2; restart++) {
      await sut.stop();
      await start();
      summaries.push(await sut.recovered());
    }

    expect(summaries).toEqual([
      { ingested: 0, quarantined: 0, left: 1 },
      { ingested: 0, quarantined: 1, left: 0 },
    ]);
    expect(ingest.commands).toHaveLength(3);
    expect(existsSync(demo('quarantine', 'bad.edi'))).toBe(true);
    expect(events.appended[0]?.detail).toMatchObject({ attempts: 3, lastError: 'journal is down' });
  });

  it('answers the upload that makes the last try with where it was quarantined', async () => {
    attempts.seed(keyOf('bad.edi', POISON), 2, 'journal is down');
    ingest.outage = true;
    await start();
    client = await SftpTestClient.connect(sut.port ?? 0, 'DEMO', demoKey.private);

    await expect(client.put('/inbox/bad.edi', POISON)).rejects.toThrow(
      'Not ingested after 3 attempt(s): moved to quarantine/bad.edi, CONTRL in outbox/bad.edi.contrl',
    );
    expect(await client.list('/quarantine')).toEqual(['bad.edi']);
  });

  it('stops its recovery with the server: the file being taken finishes, no other starts', async () => {
    await leave('a.edi', 'A');
    await leave('b.edi', 'B');
    ingest.hold();
    await start();
    await waitFor(() => ingest.commands.length === 1);

    const stopped = sut.stop();
    ingest.release();
    await stopped;

    expect(ingest.commands).toHaveLength(1);
    expect(await readdir(demo('inbox'))).toHaveLength(1);
    expect(await sut.recovered()).toEqual({ ingested: 1, quarantined: 0, left: 0 });
  });
});

async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
