import { generateEd25519KeyPair } from './ed25519-key.generator';
import { Logger } from '@nestjs/common';
import { CarrierConfig, SftpConfig } from '@app/config';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PoisonQuarantinePolicy } from '../quarantine/poison-quarantine.policy';
import { FakeIngestAttempts } from '../quarantine/testing/fake-ingest.attempts';
import { FakeQuarantineEvents } from '../quarantine/testing/fake-quarantine.events';
import { SftpInboxServer } from './sftp-inbox.server';
import { FakeIngestUseCase } from './testing/fake-ingest.usecase';
import { SftpTestClient } from './testing/sftp-test.client';

const LIMIT = 1000;
const MAX_ATTEMPTS = 3;

describe(SftpInboxServer.name, () => {
  const demoKey = generateEd25519KeyPair();
  const otherKey = generateEd25519KeyPair();
  const carriers = [
    { id: 'DEMO', name: 'Demo', senders: ['DEMO'], sftp: { publicKeys: [demoKey.public] } },
    { id: 'OTHER', name: 'Other', senders: ['OTHERAIR'], sftp: { publicKeys: [otherKey.public] } },
    { id: 'NOSFTP', name: 'No SFTP', senders: ['NOSFTP'] },
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
  const connect = async (user = 'DEMO', key = demoKey.private) => {
    client = await SftpTestClient.connect(sut.port ?? 0, user, key);
    return client;
  };

  async function start(): Promise<void> {
    const policy = new PoisonQuarantinePolicy(attempts, events, { maxAttempts: MAX_ATTEMPTS });
    sut = new SftpInboxServer(config, carriers, ingest, policy);
    await sut.start();
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sftp-server-'));
    config = {
      host: '127.0.0.1',
      port: 0,
      hostKeyFile: join(dir, 'sftp', 'host-key'),
      root: join(dir, 'sftp', 'carriers'),
      uploadLimitBytes: LIMIT,
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
    await start();
  });

  afterEach(async () => {
    await client?.end();
    client = undefined;
    await sut.stop();
    jest.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  describe('upload and ingest', () => {
    it('ingests a file when its handle closes, then archives it and leaves its CONTRL', async () => {
      const sftp = await connect();

      await sftp.put('/inbox/x.edi', 'UNA:+.? UNB');

      expect(ingest.commands).toEqual([
        expect.objectContaining({
          channel: 'sftp',
          carrierId: 'DEMO',
          bytes: Buffer.from('UNA:+.? UNB'),
        }),
      ]);
      // Answered only now: the file is archived and the CONTRL written (latin1).
      expect(await readdir(demo('inbox'))).toEqual([]);
      expect(await readFile(demo('archive', 'x.edi'), 'utf8')).toBe('UNA:+.? UNB');
      expect(await readFile(demo('outbox', 'x.edi.contrl'), 'latin1')).toBe(
        "UNA:+.? 'CONTRL 1 \u00e9'",
      );
      expect(await sftp.list('/outbox')).toEqual(['x.edi.contrl']);
    });

    it('answers CLOSE only after the ingest resolved', async () => {
      const sftp = await connect();
      ingest.hold();
      let answered = false;

      const put = sftp.put('/inbox/x.edi', 'UNA').then(() => (answered = true));
      await waitFor(() => ingest.commands.length === 1);
      // A later request on the channel, answered at once: a CLOSE answered without waiting for
      // the ingest would have been answered before it.
      await sftp.stat('/inbox');

      expect(answered).toBe(false);
      expect(existsSync(demo('outbox', 'x.edi.contrl'))).toBe(false);
      ingest.release();
      await put;
      expect(existsSync(demo('outbox', 'x.edi.contrl'))).toBe(true);
    });

    it('gives an archived file a unique name when one of that name is already there', async () => {
      const sftp = await connect();

      await sftp.put('/inbox/x.edi', 'first');
      await sftp.put('/inbox/x.edi', 'second');

      expect((await readdir(demo('archive'))).sort()).toEqual(['ix2-x.edi', 'x.edi']);
      expect(await readFile(demo('archive', 'ix2-x.edi'), 'utf8')).toBe('second');
    });

    it('does not ingest a .part file on close, but once when renamed to its final name', async () => {
      const sftp = await connect();

      await sftp.put('/inbox/x.part', 'UNA');
      expect(ingest.commands).toHaveLength(0);
      expect(await readdir(demo('inbox'))).toEqual(['x.part']);

      await sftp.rename('/inbox/x.part', '/inbox/x.edi');

      expect(ingest.commands).toHaveLength(1);
      expect(await readdir(demo('outbox'))).toEqual(['x.edi.contrl']);
      expect(await readdir(demo('archive'))).toEqual(['x.edi']);
    });

    it('does not ingest a rename from one partial name to another', async () => {
      const sftp = await connect();
      await sftp.put('/inbox/x.tmp', 'UNA');

      await sftp.rename('/inbox/x.tmp', '/inbox/x.part');

      expect(ingest.commands).toHaveLength(0);
      expect(await readdir(demo('inbox'))).toEqual(['x.part']);
    });

    it('refuses a rename onto an existing file', async () => {
      const sftp = await connect();
      await sftp.put('/inbox/a.part', 'A');
      await sftp.put('/inbox/b.part', 'B');

      await expect(sftp.rename('/inbox/a.part', '/inbox/b.part')).rejects.toThrow('File exists');
      expect(await readFile(demo('inbox', 'b.part'), 'utf8')).toBe('B');
    });

    it('on an outage answers CLOSE with a failure and keeps the file in the inbox', async () => {
      const sftp = await connect();
      ingest.outage = true;

      await expect(sftp.put('/inbox/x.edi', 'UNA')).rejects.toThrow(
        /Received but not acknowledged.*stays in inbox/,
      );

      expect(await readdir(demo('inbox'))).toEqual(['x.edi']);
      expect(await readdir(demo('archive'))).toEqual([]);
      expect(await readdir(demo('outbox'))).toEqual([]);
    });

    it('takes an upload whose connection ended before CLOSE, as received', async () => {
      const sftp = await connect();
      const handle = await sftp.open('/inbox/cut.edi', 'w');
      await sftp.write(handle, Buffer.from('UNA:+.? UNB+'), 0);

      await sftp.end();
      client = undefined;

      await waitFor(() => existsSync(demo('outbox', 'cut.edi.contrl')));
      expect(ingest.commands[0]?.bytes.toString()).toBe('UNA:+.? UNB+');
      expect(warnings.join('\n')).toContain('DEMO: connection ended with inbox/cut.edi still open');
    });

    it('refuses a second writer while a file is being uploaded', async () => {
      const sftp = await connect();
      const handle = await sftp.open('/inbox/x.edi', 'w');

      await expect(sftp.open('/inbox/x.edi', 'w')).rejects.toThrow('is in use');
      await sftp.close(handle);
    });
  });

  describe('upload limit', () => {
    it('fails the write past the limit, keeps the head and ingests it as oversize', async () => {
      const sftp = await connect();
      const handle = await sftp.open('/inbox/big.edi', 'w');
      await sftp.write(handle, Buffer.alloc(600, 'a'), 0);

      await expect(sftp.write(handle, Buffer.alloc(600, 'b'), 600)).rejects.toThrow(
        `Upload limit of ${LIMIT} bytes exceeded`,
      );
      await expect(sftp.close(handle)).rejects.toThrow(
        /Over the upload limit of 1000 bytes: interchange ix1 rejected, CONTRL in outbox\/big.edi.contrl/,
      );

      expect(ingest.commands).toHaveLength(1);
      expect(ingest.commands[0]?.oversize).toEqual({ size: 1200, limit: LIMIT });
      expect(ingest.commands[0]?.bytes).toHaveLength(LIMIT);
      expect(existsSync(demo('outbox', 'big.edi.contrl'))).toBe(true);
      expect(warnings.join('\n')).toMatch(/refused DEMO WRITE \/inbox\/big.edi: Upload limit/);
    });

    it('takes a .part upload past the limit at once: it can never become valid', async () => {
      const sftp = await connect();

      await expect(sftp.put('/inbox/big.part', Buffer.alloc(LIMIT + 1))).rejects.toThrow(
        'Upload limit',
      );

      await waitFor(() => ingest.commands.length === 1);
      expect(ingest.commands[0]?.oversize?.limit).toBe(LIMIT);
    });
  });

  describe('the jail', () => {
    it('shows the carrier its own tree as /, with only inbox, outbox, archive and quarantine', async () => {
      const sftp = await connect();

      expect(await sftp.realpath('.')).toBe('/');
      expect(await sftp.list('/')).toEqual(['archive', 'inbox', 'outbox', 'quarantine']);
    });

    it.each([
      ['/../OTHER/inbox/x.edi', "climbs above the carrier's root"],
      ['../OTHER/inbox/x.edi', "climbs above the carrier's root"],
      ['/inbox/../../OTHER/inbox/x.edi', "climbs above the carrier's root"],
      ['/etc/x.edi', 'outside inbox/, outbox/, archive/ and quarantine/'],
    ])('refuses an upload to %s, and logs it with carrier and path', async (path, reason) => {
      const sftp = await connect();

      await expect(sftp.put(path, 'UNA')).rejects.toThrow(reason);

      expect(warnings).toContainEqual(`SFTP refused DEMO OPEN ${path}: ${reason}`);
      expect(existsSync(join(config.root, 'OTHER', 'inbox', 'x.edi'))).toBe(false);
      expect(ingest.commands).toHaveLength(0);
    });

    it('refuses reading outside the tree', async () => {
      const sftp = await connect();

      await expect(sftp.get('/etc/passwd')).rejects.toThrow('outside inbox/');
      await expect(sftp.stat('/../../../etc/passwd')).rejects.toThrow('climbs above');
      await expect(sftp.list('/..')).rejects.toThrow('climbs above');
    });

    it('keeps outbox/ and archive/ read-only', async () => {
      const sftp = await connect();
      await sftp.put('/inbox/x.edi', 'UNA');

      await expect(sftp.put('/outbox/y.edi', 'UNA')).rejects.toThrow('outbox/ is read-only');
      await expect(sftp.remove('/outbox/x.edi.contrl')).rejects.toThrow('read-only');
      await expect(sftp.rename('/archive/x.edi', '/inbox/x.edi')).rejects.toThrow('read-only');
      await expect(sftp.put('/x.edi', 'UNA')).rejects.toThrow('outside inbox/');
      await expect(sftp.mkdir('/inbox/sub')).rejects.toThrow('Directories are fixed');
      expect(await sftp.get('/outbox/x.edi.contrl')).toEqual(
        Buffer.from("UNA:+.? 'CONTRL 1 \u00e9'", 'latin1'),
      );
      expect(warnings.join('\n')).toContain('SFTP refused DEMO REMOVE /outbox/x.edi.contrl');
    });

    it('refuses creating symbolic links, and paths through one placed in the tree', async () => {
      const sftp = await connect();
      await symlink('/etc', demo('inbox', 'etc'));

      await expect(sftp.symlink('/etc/passwd', '/inbox/pw')).rejects.toThrow(
        'Symbolic links may not be created',
      );
      await expect(sftp.get('/inbox/etc/passwd')).rejects.toThrow('symbolic link');
      await expect(sftp.put('/inbox/etc/x.edi', 'UNA')).rejects.toThrow('symbolic link');
      expect(await sftp.list('/inbox')).toEqual([]);
      expect(warnings.join('\n')).toMatch(
        /SFTP refused DEMO SYMLINK .*\/inbox\/pw.*: Symbolic links/,
      );
      expect(warnings.join('\n')).toMatch(/refused DEMO OPEN \/inbox\/etc\/passwd: goes through/);
    });

    it("keeps carriers apart: each one's / is its own tree", async () => {
      const sftp = await connect('OTHER', otherKey.private);

      await sftp.put('/inbox/o.edi', 'UNA');

      expect(ingest.commands[0]?.carrierId).toBe('OTHER');
      expect(existsSync(join(config.root, 'OTHER', 'archive', 'o.edi'))).toBe(true);
      expect(existsSync(demo('archive', 'o.edi'))).toBe(false);
    });
  });

  describe('logins', () => {
    it('refuses a key that is not registered for the carrier, and logs it', async () => {
      await expect(connect('DEMO', otherKey.private)).rejects.toThrow(
        'All configured authentication methods failed',
      );
      expect(warnings.join('\n')).toMatch(/refused login DEMO from 127.0.0.1: ssh-ed25519 key/);
    });

    it('refuses a carrier without an SFTP account and an unknown user', async () => {
      await expect(connect('NOSFTP')).rejects.toThrow('authentication methods failed');
      await expect(connect('root')).rejects.toThrow('authentication methods failed');
      expect(warnings.join('\n')).toMatch(/refused login root .*no SFTP account/);
    });
  });

  describe('start', () => {
    it('ingests complete files left in an inbox, and leaves partial ones', async () => {
      await sut.stop();
      await mkdir(demo('inbox'), { recursive: true });
      await mkdir(demo('outbox'), { recursive: true });
      await mkdir(demo('archive'), { recursive: true });
      await writeFile(demo('inbox', 'left.edi'), 'UNA');
      await writeFile(demo('inbox', 'half.part'), 'UN');

      await start();
      expect(await sut.recovered()).toEqual({ ingested: 1, quarantined: 0, left: 0 });

      expect(ingest.commands).toHaveLength(1);
      expect(await readdir(demo('inbox'))).toEqual(['half.part']);
      expect(await readdir(demo('outbox'))).toEqual(['left.edi.contrl']);
    });

    it('keeps its host key across restarts', async () => {
      const first = await connect();
      const before = sut.hostKey?.fingerprint;
      await first.end();
      client = undefined;
      await sut.stop();

      await start();
      const second = await connect();

      expect(sut.hostKey?.fingerprint).toBe(before);
      expect(second.hostKey.equals(first.hostKey)).toBe(true);
    });
  });
});

async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
