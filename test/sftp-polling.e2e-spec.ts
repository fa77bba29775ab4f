import { pollSchedulerId, SFTP_POLL_JOB, SFTP_POLLING_QUEUE, SftpPollJob } from '@app/channels';
import { EventRepository, IngestAttemptRepository } from '@app/journal';
import { Queue } from 'bullmq';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { withJournalOf } from './support/journal.access';
import { eventually, JournalKind, PaxgateHarness } from './support/paxgate.harness';
import { demoPaxlst, freshReference, miscountedPaxlst } from './support/sample-interchanges';
import { SftpTestPeer, TEST_SSHD } from './support/sftp-test.peer';

interface InterchangeSummary {
  id: string;
  controlReference: string;
  channel: string;
  carrierId: string | null;
  outcome: string;
}

interface PollSummary {
  remote: string;
  listed: number;
  taken: number;
}

/** Enough files that one poll is still at work when the others list the directory. */
const FILES = 20;

describe.each<[JournalKind]>([['sqlite'], ['postgres']])(
  "polling a carrier's SFTP server from two workers, with the %s journal",
  (journal) => {
    const peer = new SftpTestPeer();
    let harness: PaxgateHarness;
    let queue: Queue<SftpPollJob>;
    let root: string;
    const at = (...names: string[]): string => posix.join(root, ...names);

    const journaled = async (): Promise<InterchangeSummary[]> =>
      (await harness.admin<{ items: InterchangeSummary[] }>('GET', '/v1/interchanges?limit=500'))
        .json.items;

    beforeAll(async () => {
      await peer.start();
      root = await peer.freshDirectory('polling', [
        'inbox',
        'contrl',
        'drop',
        'archive',
        'pinned',
        'poison',
        'poison-contrl',
      ]);
      const remote = (name: string, directory: string, more: object): object => ({
        name,
        carrierId: 'DEMO',
        ...TEST_SSHD,
        directory,
        intervalMs: 1000,
        ...more,
      });
      harness = await PaxgateHarness.start({
        journal,
        roles: ['console'],
        destinations: [{ kind: 'directory', name: 'local', path: 'delivered', format: 'raw' }],
        env: {
          PAXGATE_POLLING: JSON.stringify({
            sftp: [
              remote('demo-inbox', at('inbox'), {
                hostKeySha256: peer.hostKeySha256,
                afterIngest: 'delete',
                contrlDirectory: at('contrl'),
              }),
              remote('demo-drop', at('drop'), {
                afterIngest: 'move',
                archiveDirectory: at('archive'),
              }),
              remote('demo-wrong-key', at('pinned'), {
                hostKeySha256: 'A'.repeat(43),
                afterIngest: 'delete',
              }),
              remote('demo-poison', at('poison'), {
                afterIngest: 'delete',
                contrlDirectory: at('poison-contrl'),
              }),
            ],
          }),
        },
      });
      queue = new Queue<SftpPollJob>(SFTP_POLLING_QUEUE, {
        connection: { host: harness.config.redis.host, port: harness.config.redis.port },
        prefix: harness.config.redis.prefix,
      });
      // Left by an earlier configuration: the workers' start removes it.
      await queue.upsertJobScheduler(
        pollSchedulerId('removed-remote'),
        { every: 60_000 },
        { name: SFTP_POLL_JOB, data: { remote: 'removed-remote' } },
      );
      await harness.launch(['worker']);
      await harness.launch(['worker']);
    }, 60000);

    afterAll(async () => {
      await queue?.close();
      await harness?.stop();
      await peer.stop();
    }, 60000);

    it('keeps one scheduler per configured remote and removes the others', async () => {
      const schedulers = await queue.getJobSchedulers(0, -1);
      expect(schedulers.map((s) => s.key).sort()).toEqual([
        'sftp-poll:demo-drop',
        'sftp-poll:demo-inbox',
        'sftp-poll:demo-poison',
        'sftp-poll:demo-wrong-key',
      ]);
      expect(schedulers.every((s) => s.every === 1000)).toBe(true);
    });

    it('journals each file once while both workers poll at the same moment, writes its CONTRL back and deletes it', async () => {
      const references = Array.from({ length: FILES }, () => freshReference());
      const faulty = freshReference();
      for (const [i, reference] of references.entries()) {
        await peer.upload(at('inbox'), `PAXLST-${i}.edi`, demoPaxlst(reference));
      }
      await peer.upload(at('inbox'), 'faulty.edi', miscountedPaxlst(faulty));
      // Polls at once besides the scheduled ones, spread over both workers: they race for files.
      const burst = await queue.addBulk(
        Array.from({ length: 6 }, () => ({ name: SFTP_POLL_JOB, data: { remote: 'demo-inbox' } })),
      );

      const polls = await eventually(
        async () => {
          const jobs = await Promise.all(burst.map((job) => queue.getJob(job.id ?? '')));
          return jobs.every((job) => job?.finishedOn !== undefined) ? jobs : undefined;
        },
        60000,
        'the burst of polls',
      );
      await eventually(
        async () => ((await peer.names(at('inbox'))).length === 0 ? true : undefined),
        30000,
        'the inbox emptied',
      );

      // Some poll listed a file and found it claimed by another: the race happened.
      expect(polls.map((job) => job?.failedReason)).toEqual(burst.map(() => undefined));
      const summaries = polls.map((job) => job?.returnvalue as PollSummary);
      expect(summaries.some((poll) => poll.taken < poll.listed)).toBe(true);
      const items = await journaled();
      for (const reference of [...references, faulty]) {
        const copies = items.filter((item) => item.controlReference === reference);
        expect(copies).toHaveLength(1);
        expect(copies[0]).toMatchObject({ channel: 'sftp', carrierId: 'DEMO' });
        expect(copies[0].outcome).toBe(reference === faulty ? 'rejected' : 'accepted');
      }
      expect(await peer.names(at('contrl'))).toEqual(
        [...references.map((_, i) => `PAXLST-${i}.edi.contrl`), 'faulty.edi.contrl'].sort(),
      );
      const contrl = (name: string): Promise<string> =>
        peer.read(at('contrl', name)).then((bytes) => bytes.toString('utf8'));
      expect(await contrl('PAXLST-0.edi.contrl')).toContain(
        `UCI+${references[0]}+DEMO:ZZ+PAXGATE:ZZ+7'`,
      );
      expect(await contrl('faulty.edi.contrl')).toContain(
        `UCI+${faulty}+DEMO:ZZ+PAXGATE:ZZ+7'UCM+1+PAXLST:D:05B:UN+4+29`,
      );
    }, 120000);

    it('moves a journaled file to the archive, beside an earlier file of the same name', async () => {
      const daily = freshReference();
      const other = freshReference();
      await peer.upload(at('archive'), 'DAILY.EDI', Buffer.from('yesterday'));
      await peer.upload(at('drop'), 'DAILY.EDI', demoPaxlst(daily));
      await peer.upload(at('drop'), 'OTHER.EDI', demoPaxlst(other));

      await eventually(
        async () =>
          (await peer.names(at('drop'))).length === 0 &&
          (await peer.names(at('archive'))).length === 3
            ? true
            : undefined,
        30000,
        'both files archived',
      );

      const items = await journaled();
      const dailyCopies = items.filter((item) => item.controlReference === daily);
      expect(dailyCopies).toHaveLength(1);
      expect(items.filter((item) => item.controlReference === other)).toHaveLength(1);
      expect(await peer.names(at('archive'))).toEqual(
        ['DAILY.EDI', `DAILY.EDI.${dailyCopies[0].id}`, 'OTHER.EDI'].sort(),
      );
      expect(await peer.read(at('archive', 'DAILY.EDI'))).toEqual(Buffer.from('yesterday'));
      expect(await peer.read(at('archive', `DAILY.EDI.${dailyCopies[0].id}`))).toEqual(
        demoPaxlst(daily),
      );
      expect(await peer.read(at('archive', 'OTHER.EDI'))).toEqual(demoPaxlst(other));
    }, 60000);

    it('quarantines a file whose tries a crash loop used up: copied, answered, left and never fetched again', async () => {
      const reference = freshReference();
      const poison = demoPaxlst(reference);
      const version = await peer.stage(at('poison'), 'POISON.EDI', poison);
      const key = `sftp-poll:demo-poison:${at('poison', 'POISON.EDI')}:${version.size}:${version.modifiedAt}`;
      // As three polls whose worker died taking it would have left it.
      await withJournalOf(harness.config, async (db) => {
        const attempts = new IngestAttemptRepository(db);
        for (let poll = 0; poll < 3; poll++) await attempts.recordAttempt(key);
      });
      await peer.unstage(at('poison'), 'POISON.EDI');
      const quarantinedEvents = () =>
        withJournalOf(harness.config, (db) => new EventRepository(db).eventsFor('inbound', key));

      const [event] = await eventually(
        async () => {
          const found = await quarantinedEvents();
          return found.length > 0 ? found : undefined;
        },
        30000,
        'the quarantine journaled',
      );

      const copy = join(
        harness.config.data.dir,
        'quarantine',
        'sftp-polling',
        'demo-poison',
        'POISON.EDI',
      );
      expect(event).toMatchObject({
        state: 'quarantined',
        detail: { channel: 'sftp-polling', carrier: 'DEMO', attempts: 3, placedAt: copy },
      });
      expect(readFileSync(copy)).toEqual(poison);
      expect((await peer.read(at('poison-contrl', 'POISON.EDI.contrl'))).toString()).toContain(
        `UCI+${reference}+DEMO:ZZ+PAXGATE:ZZ+4+18'`,
      );
      // A poll made after the quarantine lists the file and leaves it.
      const later = await queue.add(SFTP_POLL_JOB, { remote: 'demo-poison' });
      const summary = await eventually(
        async () => {
          const job = await queue.getJob(later.id ?? '');
          return job?.finishedOn !== undefined ? (job.returnvalue as PollSummary) : undefined;
        },
        30000,
        'a poll after the quarantine',
      );
      expect(summary).toEqual({ remote: 'demo-poison', listed: 1, taken: 0 });
      expect(await peer.names(at('poison'))).toEqual(['POISON.EDI']);
      expect(await quarantinedEvents()).toHaveLength(1);
      expect((await journaled()).some((item) => item.controlReference === reference)).toBe(false);
    }, 60000);

    it('takes nothing from a server whose host key is not the pinned one', async () => {
      const held = freshReference();
      await peer.upload(at('pinned'), 'HELD.EDI', demoPaxlst(held));

      const reason = await eventually(
        async () =>
          (await queue.getFailed()).find((job) => job.data.remote === 'demo-wrong-key')
            ?.failedReason,
        30000,
        'a refused poll',
      );

      expect(reason).toBe(
        `the host key of ${TEST_SSHD.host}:${TEST_SSHD.port} is not SHA256:${'A'.repeat(43)}`,
      );
      expect(await peer.names(at('pinned'))).toEqual(['HELD.EDI']);
      expect((await journaled()).some((item) => item.controlReference === held)).toBe(false);
    }, 60000);
  },
);
