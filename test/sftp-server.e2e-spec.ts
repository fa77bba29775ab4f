import { EventRepository, IngestAttemptRepository } from '@app/journal';
import { Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, Run, sftpBatch } from './support/openssh.client';
import { refuseInterchange, withJournalOf } from './support/journal.access';
import { eventually, JournalKind, PaxgateHarness } from './support/paxgate.harness';
import { demoPaxlst, freshReference } from './support/sample-interchanges';
import { InterchangeSummary } from './support/status-api.types';

interface Story {
  interchange: InterchangeSummary;
  findings: Array<{ code: string; rule: string }>;
  deliveries: unknown[];
}
const LIMIT = 4096;

/** paxgate's own SFTP server, driven by the real OpenSSH client in batch mode. */
describe.each<[JournalKind]>([['sqlite'], ['postgres']])(
  'SFTP server with the %s journal',
  (journal) => {
    let harness: PaxgateHarness;
    let work: string;
    let warnings: string[];

    const root = () => join(harness.config.data.dir, 'sftp', 'carriers');
    const demoTree = (...parts: string[]) => join(root(), 'DEMO', ...parts);

    /** One `sftp -b` session: each batch stops at its first failing command, exit status 1. */
    function sftp(commands: string[], key = 'key', port = harness.sftpPort): Promise<Run> {
      return sftpBatch({ workDir: work, key: join(work, key), port, user: 'DEMO', commands });
    }

    async function local(name: string, bytes: Buffer): Promise<string> {
      const path = join(work, name);
      await writeFile(path, bytes);
      return path;
    }

    async function interchangesOf(reference: string): Promise<InterchangeSummary[]> {
      const { status, json } = await harness.admin<{ items: InterchangeSummary[] }>(
        'GET',
        '/v1/interchanges?carrier=DEMO&limit=500',
      );
      expect(status).toBe(200);
      return json.items.filter((i) => i.controlReference === reference);
    }

    async function fingerprintAt(port: number): Promise<string> {
      const scan = await run('ssh-keyscan', ['-t', 'ed25519', '-p', String(port), '127.0.0.1']);
      const printed = await run('ssh-keygen', ['-lf', '-'], scan.stdout);
      return printed.stdout.split(' ')[1] ?? '';
    }

    beforeAll(async () => {
      work = await mkdtemp(join(tmpdir(), 'paxgate-sftp-e2e-'));
      for (const key of ['key', 'wrong']) {
        const made = await run('ssh-keygen', [
          '-q',
          '-t',
          'ed25519',
          '-N',
          '',
          '-f',
          join(work, key),
        ]);
        expect(made.code).toBe(0);
      }
      const publicKey = (await readFile(join(work, 'key.pub'), 'utf8')).trim();
      harness = await PaxgateHarness.start({
        journal,
        destinations: [{ kind: 'directory', name: 'local', path: 'delivered', format: 'raw' }],
        env: {
          PAXGATE_SFTP_PORT: '0',
          PAXGATE_SFTP_HOST: '127.0.0.1',
          PAXGATE_SFTP_UPLOAD_LIMIT_BYTES: String(LIMIT),
          PAXGATE_CARRIERS: JSON.stringify([
            {
              id: 'DEMO',
              name: 'Demo Airline',
              senders: ['DEMO', 'LUFTHANSA'],
              sftp: { publicKeys: [publicKey] },
            },
            { id: 'OTHER', name: 'Other Air', senders: ['OTHERAIR'] },
          ]),
        },
      });
    });

    afterAll(async () => {
      await harness?.stop();
      await rm(work, { recursive: true, force: true });
    });

    beforeEach(() => {
      warnings = [];
      jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
        warnings.push(String(message));
      });
    });

    afterEach(() => {
      jest.restoreAllMocks();
    });

    it('takes a put into inbox/: CONTRL in outbox/ before put returns, file archived, journaled, delivered', async () => {
      const ref = freshReference();
      const file = await local(`${ref}.edi`, demoPaxlst(ref));

      const session = await sftp([
        `put ${file} inbox/${ref}.edi`,
        `get outbox/${ref}.edi.contrl ${join(work, `${ref}.contrl`)}`,
      ]);

      expect(session.stderr).toBe('');
      expect(session.code).toBe(0);
      // Fetched in the same session, right after the put: the CONTRL was there when it returned.
      const contrl = readFileSync(join(work, `${ref}.contrl`), 'latin1');
      expect(contrl).toContain(`UCI+${ref}+DEMO:ZZ+PAXGATE:ZZ+7'`);
      expect(readFileSync(demoTree('archive', `${ref}.edi`))).toEqual(demoPaxlst(ref));
      expect(existsSync(demoTree('inbox', `${ref}.edi`))).toBe(false);
      const [interchange, ...more] = await interchangesOf(ref);
      expect(more).toEqual([]);
      expect(interchange).toMatchObject({
        channel: 'sftp',
        carrierId: 'DEMO',
        outcome: 'accepted',
      });
      const delivered = join(harness.config.data.dir, 'delivered');
      await eventually(
        () =>
          existsSync(delivered) &&
          readdirSync(delivered, { recursive: true }).some((f) => {
            const path = join(delivered, String(f));
            return path.endsWith('.edi') && readFileSync(path, 'latin1').includes(ref);
          })
            ? true
            : undefined,
        15000,
        'the interchange delivered to the directory destination',
      );
    });

    it('ingests a file uploaded as .part once, when renamed to its final name', async () => {
      const ref = freshReference();
      const file = await local(`${ref}.edi`, demoPaxlst(ref));

      const session = await sftp([
        `put ${file} inbox/${ref}.part`,
        `ls inbox`,
        `rename inbox/${ref}.part inbox/${ref}.edi`,
      ]);

      expect(session.code).toBe(0);
      expect(session.stdout).toContain(`${ref}.part`);
      expect(await interchangesOf(ref)).toEqual([
        expect.objectContaining({ channel: 'sftp', outcome: 'accepted' }),
      ]);
      expect(existsSync(demoTree('outbox', `${ref}.edi.contrl`))).toBe(true);
      expect(existsSync(demoTree('outbox', `${ref}.part.contrl`))).toBe(false);
      expect(readdirSync(demoTree('archive')).filter((f) => f.includes(ref))).toEqual([
        `${ref}.edi`,
      ]);
    });

    it('answers a broken interchange with a CONTRL that rejects it (action 4)', async () => {
      const ref = freshReference();
      const broken = demoPaxlst(ref).toString('latin1').replace(`UNZ+1+${ref}'`, "UNZ+1+WRONG'");
      const file = await local(`${ref}.edi`, Buffer.from(broken, 'latin1'));

      const session = await sftp([`put ${file} inbox/${ref}.edi`]);

      expect(session.code).toBe(0);
      expect(readFileSync(demoTree('outbox', `${ref}.edi.contrl`), 'latin1')).toContain(
        `UCI+${ref}+DEMO:ZZ+PAXGATE:ZZ+4`,
      );
      expect(await interchangesOf(ref)).toEqual([
        expect.objectContaining({ channel: 'sftp', outcome: 'rejected' }),
      ]);
    });

    it('refuses a put that climbs out of the jail, logs it, and writes nothing outside', async () => {
      const file = await local('x.edi', demoPaxlst(freshReference()));

      const session = await sftp([`put ${file} ../OTHER/inbox/x`]);

      expect(session.code).not.toBe(0);
      expect(warnings.join('\n')).toMatch(
        /SFTP refused DEMO \w+ \/\.\.\/OTHER\/inbox\/x: climbs above the carrier's root/,
      );
      expect(readdirSync(root())).toEqual(['DEMO']);
      expect(existsSync(join(harness.config.data.dir, 'sftp', 'OTHER'))).toBe(false);
    });

    it("shows / as the carrier's own tree, and refuses what lies outside it", async () => {
      const listed = await sftp(['cd /', 'ls']);
      expect(listed.code).toBe(0);
      expect(listed.stdout.split(/\s+/).filter((w) => /^[a-z]+$/.test(w))).toEqual(
        expect.arrayContaining(['archive', 'inbox', 'outbox']),
      );
      expect(listed.stdout).not.toMatch(/\betc\b|\bpasswd\b/);

      const target = join(work, 'passwd');
      const got = await sftp([`get /etc/passwd ${target}`]);
      expect(got.code).not.toBe(0);
      expect(existsSync(target)).toBe(false);

      const cd = await sftp(['cd /etc']);
      expect(cd.code).not.toBe(0);
      expect(warnings.join('\n')).toMatch(
        /SFTP refused DEMO \w+ \/etc\/passwd: outside inbox\/, outbox\/, archive\/ and quarantine\//,
      );
    });

    it('refuses creating a symbolic link, and reading through one placed in the tree', async () => {
      const made = await sftp(['ln -s /etc/passwd inbox/pw']);
      expect(made.code).not.toBe(0);
      expect(existsSync(demoTree('inbox', 'pw'))).toBe(false);
      expect(warnings.join('\n')).toMatch(
        /SFTP refused DEMO SYMLINK .*inbox\/pw.*: Symbolic links/,
      );

      await symlink('/etc', demoTree('inbox', 'etc'));
      try {
        const target = join(work, 'through-link');
        const through = await sftp([`get inbox/etc/passwd ${target}`]);
        expect(through.code).not.toBe(0);
        expect(existsSync(target)).toBe(false);
        expect(warnings.join('\n')).toMatch(
          /SFTP refused DEMO \w+ \/inbox\/etc\/passwd: goes through a symbolic link/,
        );
      } finally {
        await unlink(demoTree('inbox', 'etc'));
      }
    });

    it('refuses a login with a key not registered for the carrier, and logs it', async () => {
      const session = await sftp(['ls'], 'wrong');

      expect(session.code).not.toBe(0);
      expect(session.stderr).toContain('Permission denied (publickey)');
      expect(warnings.join('\n')).toMatch(
        /SFTP refused login DEMO from 127\.0\.0\.1: ssh-ed25519 key/,
      );
    });

    it('refuses an upload over the limit and journals it as rejected with code 18', async () => {
      const ref = freshReference();
      const big = Buffer.concat([demoPaxlst(ref), Buffer.alloc(LIMIT * 4, 0x20)]);
      const file = await local(`big-${ref}.edi`, big);

      const session = await sftp([`put ${file} inbox/big-${ref}.edi`]);

      expect(session.code).not.toBe(0);
      expect(session.stderr).toMatch(/Failure|limit/);
      expect(warnings.join('\n')).toMatch(
        new RegExp(`SFTP refused DEMO WRITE /inbox/big-${ref}.edi: Upload limit of ${LIMIT} bytes`),
      );
      const [rejected] = await eventually(
        async () => {
          const found = await interchangesOf(ref);
          return found.length > 0 ? found : undefined;
        },
        15000,
        'the oversize upload journaled',
      );
      expect(rejected).toMatchObject({ channel: 'sftp', outcome: 'rejected' });
      const story = (await harness.admin<Story>('GET', `/v1/interchanges/${rejected?.id}`)).json;
      expect(story.findings).toContainEqual(
        expect.objectContaining({ code: '18', rule: 'gateway.size' }),
      );
      expect(story.deliveries).toEqual([]);
      // The client closed the handle after the failed write (it was not taken at disconnect).
      expect(warnings.join('\n')).not.toContain('connection ended with');
      await eventually(
        () => (existsSync(demoTree('outbox', `big-${ref}.edi.contrl`)) ? true : undefined),
        5000,
        'the CONTRL of the oversize upload',
      );
      expect(readFileSync(demoTree('outbox', `big-${ref}.edi.contrl`), 'latin1')).toMatch(
        /UCI\+[^']*\+4\+18\+UNB'/,
      );
    });

    it('keeps its host key when started again on the same data, and takes files left in an inbox', async () => {
      const first = await fingerprintAt(harness.sftpPort);
      const printed = await run('ssh-keygen', [
        '-lf',
        join(harness.config.data.dir, 'sftp', 'host-key.pub'),
      ]);
      expect(printed.stdout.split(' ')[1]).toBe(first);
      const ref = freshReference();
      await writeFile(demoTree('inbox', `${ref}.edi`), demoPaxlst(ref));
      await writeFile(demoTree('inbox', `${ref}.part`), demoPaxlst(ref));

      const again = await harness.launch(['gateway']);

      expect(again.sftpPort).toBeDefined();
      expect(await fingerprintAt(again.sftpPort ?? 0)).toBe(first);
      // Recovery runs in the background once the server listens.
      await eventually(
        () => (existsSync(demoTree('outbox', `${ref}.edi.contrl`)) ? true : undefined),
        15000,
        'the file left in the inbox taken',
      );
      expect(existsSync(demoTree('inbox', `${ref}.part`))).toBe(true);
      expect(await interchangesOf(ref)).toEqual([
        expect.objectContaining({ channel: 'sftp', outcome: 'accepted' }),
      ]);
      const session = await sftp(['ls outbox'], 'key', again.sftpPort);
      expect(session.stdout).toContain(`${ref}.edi.contrl`);
    });

    it('serves at once when started, and quarantines a file whose tries a crash loop used up', async () => {
      const ref = freshReference();
      const poison = demoPaxlst(ref);
      const name = `poison-${ref}.edi`;
      const key = `sftp:DEMO:${name}:${createHash('sha256').update(poison).digest('hex')}`;
      await writeFile(demoTree('inbox', name), poison);
      // As three starts that each died taking it would have left it.
      await withJournalOf(harness.config, async (db) => {
        const attempts = new IngestAttemptRepository(db);
        for (let start = 0; start < 3; start++) await attempts.recordAttempt(key);
      });
      const logged: string[] = [];
      jest.spyOn(Logger.prototype, 'log').mockImplementation((message: unknown) => {
        logged.push(String(message));
      });

      const again = await harness.launch(['gateway']);
      const fresh = freshReference();
      const file = await local(`${fresh}.edi`, demoPaxlst(fresh));
      const upload = await sftp([`put ${file} inbox/${fresh}.edi`], 'key', again.sftpPort);

      expect(upload.code).toBe(0);
      const listening = logged.findIndex((m) => m.startsWith('SFTP server on'));
      expect(listening).toBeGreaterThanOrEqual(0);
      expect(logged.findIndex((m) => m.startsWith('SFTP inbox recovery started'))).toBeGreaterThan(
        listening,
      );
      const events = await eventually(
        () =>
          withJournalOf(harness.config, async (db) => {
            const found = await new EventRepository(db).eventsFor('inbound', key);
            return found.length > 0 ? found : undefined;
          }),
        15000,
        'the quarantine journaled',
      );
      expect(events).toEqual([
        expect.objectContaining({
          state: 'quarantined',
          detail: expect.objectContaining({
            channel: 'sftp',
            carrier: 'DEMO',
            source: `inbox/${name}`,
            placedAt: `quarantine/${name}`,
            attempts: 3,
          }) as unknown,
        }),
      ]);
      expect(warnings.join('\n')).toContain(`inbox/${name} quarantined after 3 failed attempt(s)`);
      expect(readFileSync(demoTree('quarantine', name))).toEqual(poison);
      expect(existsSync(demoTree('inbox', name))).toBe(false);
      expect(readFileSync(demoTree('outbox', `${name}.contrl`), 'latin1')).toContain(
        `UCI+${ref}+DEMO:ZZ+PAXGATE:ZZ+4+18'`,
      );
      expect(await interchangesOf(ref)).toEqual([]);
      expect(await interchangesOf(fresh)).toEqual([
        expect.objectContaining({ channel: 'sftp', outcome: 'accepted' }),
      ]);
      const listed = await sftp(['ls quarantine'], 'key', again.sftpPort);
      expect(listed.stdout).toContain(name);
    });

    it('tries a file whose ingest fails every time once per start, and quarantines it at the third', async () => {
      const ref = freshReference();
      const refused = demoPaxlst(ref);
      const name = `refused-${ref}.edi`;
      const key = `sftp:DEMO:${name}:${createHash('sha256').update(refused).digest('hex')}`;
      await refuseInterchange(harness.config, ref);
      const recoveries: string[] = [];
      jest.spyOn(Logger.prototype, 'log').mockImplementation((message: unknown) => {
        const text = String(message);
        if (text.startsWith('SFTP inbox recovery done')) recoveries.push(text);
      });

      const upload = await sftp([`put ${await local(name, refused)} inbox/${name}`]);
      expect(upload.code).not.toBe(0);
      await harness.launch(['gateway']);
      await eventually(() => recoveries[0], 15000, 'the first recovery');
      await harness.launch(['gateway']);

      const [event] = await eventually(
        () =>
          withJournalOf(harness.config, async (db) => {
            const found = await new EventRepository(db).eventsFor('inbound', key);
            return found.length > 0 ? found : undefined;
          }),
        15000,
        'the quarantine journaled',
      );
      expect(recoveries[0]).toBe(
        'SFTP inbox recovery done: 0 ingested, 0 quarantined, 1 left for the next start',
      );
      expect(event?.detail).toMatchObject({
        attempts: 3,
        lastError: expect.stringContaining('refused by the test') as unknown,
      });
      expect(readFileSync(demoTree('quarantine', name))).toEqual(refused);
      expect(readFileSync(demoTree('outbox', `${name}.contrl`), 'latin1')).toContain(
        `UCI+${ref}+DEMO:ZZ+PAXGATE:ZZ+4+18'`,
      );
    });
  },
);
