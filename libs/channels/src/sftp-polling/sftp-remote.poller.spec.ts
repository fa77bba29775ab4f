import { Logger } from '@nestjs/common';
import { RedisConfig, SftpConfig, SftpRemoteConfig } from '@app/config';
import { IngestInterchange, IngestInterchangeCommand, IngestResult } from '@app/ingest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PoisonQuarantinePolicy } from '../quarantine/poison-quarantine.policy';
import { FakeIngestAttempts } from '../quarantine/testing/fake-ingest.attempts';
import { FakeQuarantineEvents } from '../quarantine/testing/fake-quarantine.events';
import { FileClaims } from './file-claims.port';
import { PolledFileQuarantine } from './polled-file.quarantine';
import { SftpRemotePoller } from './sftp-remote.poller';
import { FakeSftpRemoteSession } from './testing/fake-sftp-remote.session';

const POISON = "UNA:+.? 'UNB+UNOA:4+DEMO:ZZ+PAXGATE:ZZ+261207:1100+REF42'UNH+1+PAX";
const remote = {
  name: 'bureau',
  carrierId: 'DEMO',
  directory: '/out',
  afterIngest: 'delete',
  contrlDirectory: '/contrl',
} as SftpRemoteConfig;
const claims: FileClaims = {
  claim: () => Promise.resolve({ release: () => Promise.resolve() }),
  close: () => Promise.resolve(),
};

/** Ingest that fails for the bodies in `failing` and accepts the others. */
class FakeIngest implements IngestInterchange {
  readonly commands: IngestInterchangeCommand[] = [];
  readonly failing = new Set<string>();

  execute(command: IngestInterchangeCommand): Promise<IngestResult> {
    this.commands.push(command);
    if (this.failing.has(command.bytes.toString())) {
      return Promise.reject(new Error('inspection crashed'));
    }
    const result = { interchangeId: 'ic-1', outcome: 'accepted', contrl: 'CONTRL' };
    return Promise.resolve(result as IngestResult);
  }
}

describe(SftpRemotePoller.name, () => {
  let dir: string;
  let session: FakeSftpRemoteSession;
  let ingest: FakeIngest;
  let attempts: FakeIngestAttempts;
  let events: FakeQuarantineEvents;

  const poller = () =>
    new SftpRemotePoller(
      { open: () => Promise.resolve(session) },
      claims,
      ingest,
      { prefix: 'p' } as RedisConfig,
      { uploadLimitBytes: 1000 } as SftpConfig,
      new PoisonQuarantinePolicy(attempts, events, { maxAttempts: 3 }),
      new PolledFileQuarantine({ dir }),
    );

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'poller-'));
    session = new FakeSftpRemoteSession();
    ingest = new FakeIngest();
    attempts = new FakeIngestAttempts();
    events = new FakeQuarantineEvents();
    for (const level of ['warn', 'debug', 'error'] as const) {
      jest.spyOn(Logger.prototype, level).mockImplementation(() => undefined);
    }
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it('counts each try before it is made, and forgets it once the file is ingested', async () => {
    session.put('/out/A.EDI', 'UNA');

    expect(await poller().poll(remote)).toEqual({ remote: 'bureau', listed: 1, taken: 1 });

    const key = 'sftp-poll:bureau:/out/A.EDI:3:1764400000000';
    expect(attempts.calls).toEqual([`attempt ${key}`, `clear ${key}`]);
    expect(session.files.has('/out/A.EDI')).toBe(false);
  });

  it('takes the other files when one fails on its own', async () => {
    session.put('/out/A.EDI', POISON);
    session.put('/out/B.EDI', 'UNA');
    ingest.failing.add(POISON);

    expect(await poller().poll(remote)).toEqual({ remote: 'bureau', listed: 2, taken: 1 });
    expect([...session.files.keys()]).toEqual(['/out/A.EDI']);
  });

  it('ends the poll, trying nothing, while the tries cannot be counted', async () => {
    session.put('/out/A.EDI', 'UNA');
    attempts.down = true;

    await expect(poller().poll(remote)).rejects.toThrow('cannot count the try');
    expect(ingest.commands).toEqual([]);
  });

  it('quarantines a file failing at every poll: a copy kept, a CONTRL written, the file left and never fetched again', async () => {
    session.put('/out/A.EDI', POISON);
    ingest.failing.add(POISON);
    const sut = poller();

    for (let poll = 0; poll < 4; poll++) await sut.poll(remote);
    await poller().poll(remote);

    expect(ingest.commands).toHaveLength(3);
    expect(session.reads).toHaveLength(4);
    expect(session.files.has('/out/A.EDI')).toBe(true);
    const copy = join(dir, 'quarantine', 'sftp-polling', 'bureau', 'A.EDI');
    expect(await readFile(copy, 'utf8')).toBe(POISON);
    expect(session.written.get('/contrl/A.EDI.contrl')?.toString()).toContain(
      "UCI+REF42+DEMO:ZZ+PAXGATE:ZZ+4+18'",
    );
    expect(events.appended).toEqual([
      expect.objectContaining({
        subjectId: `sftp-poll:bureau:/out/A.EDI:${POISON.length}:1764400000000`,
        detail: expect.objectContaining({
          channel: 'sftp-polling',
          source: 'bureau:/out/A.EDI',
          placedAt: copy,
          attempts: 3,
          lastError: 'inspection crashed',
        }) as unknown,
      }),
    ]);
  });
});
