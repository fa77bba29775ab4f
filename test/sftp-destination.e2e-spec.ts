import { posix } from 'node:path';
import { eventually, PaxgateHarness } from './support/paxgate.harness';
import { demoPaxlst, freshReference } from './support/sample-interchanges';
import { SftpTestPeer, TEST_SSHD } from './support/sftp-test.peer';

interface Story {
  deliveries: Array<{ destination: string; status: string }>;
}

describe('delivering to a PIU system over SFTP', () => {
  const peer = new SftpTestPeer();
  let harness: PaxgateHarness;
  let root: string;
  const at = (...names: string[]): string => posix.join(root, ...names);

  beforeAll(async () => {
    await peer.start();
    root = await peer.freshDirectory('delivery', ['raw', 'json']);
    const sftp = { kind: 'sftp' as const, ...TEST_SSHD, hostKeySha256: peer.hostKeySha256 };
    harness = await PaxgateHarness.start({
      journal: 'sqlite',
      destinations: [
        { ...sftp, name: 'piu-sftp-raw', directory: at('raw'), format: 'raw' },
        { ...sftp, name: 'piu-sftp-json', directory: at('json'), format: 'json' },
      ],
    });
  }, 60000);

  afterAll(async () => {
    await harness?.stop();
    await peer.stop();
  }, 60000);

  it('writes the message once, whole, as received and as normalised JSON, with nothing left behind', async () => {
    const reference = freshReference();
    const body = demoPaxlst(reference);
    const answer = await harness.post(body, 'demo', 'application/json');
    expect(answer.status).toBe(200);
    const { interchangeId } = JSON.parse(answer.body) as { interchangeId: string };

    const story = await eventually(
      async () => {
        const { json } = await harness.admin<Story>('GET', `/v1/interchanges/${interchangeId}`);
        return json.deliveries.length === 2 &&
          json.deliveries.every((d) => d.status === 'delivered')
          ? json
          : undefined;
      },
      30000,
      'both deliveries delivered',
    );
    expect(story.deliveries.map((d) => d.destination).sort()).toEqual([
      'piu-sftp-json',
      'piu-sftp-raw',
    ]);
    const [raw] = await peer.names(at('raw'));
    const [json] = await peer.names(at('json'));
    expect(await peer.names(at('raw'))).toEqual([raw]);
    expect(await peer.names(at('json'))).toEqual([json]);
    expect(raw).toMatch(/^PAXLST-DEMO-DM100_\d{4}_\d{2}_\d{2}-[0-9a-f]{64}\.edi$/);
    expect(json).toMatch(/^PAXLST-DEMO-DM100_\d{4}_\d{2}_\d{2}-[0-9a-f]{64}\.json$/);
    expect(await peer.read(at('raw', raw))).toEqual(body);
    const document = JSON.parse((await peer.read(at('json', json))).toString('utf8')) as {
      legs: Array<{ journeyId: string }>;
      travellers: unknown[];
    };
    expect(document.legs[0].journeyId).toBe('DM100');
    expect(document.travellers).toHaveLength(2);
  });

  it('writes one file per message when several arrive at once', async () => {
    const before = (await peer.names(at('raw'))).length;
    const references = [freshReference(), freshReference(), freshReference()];
    const answers = await Promise.all(references.map((r) => harness.post(demoPaxlst(r))));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);

    await eventually(
      async () =>
        (await peer.names(at('raw'))).length === before + 3 &&
        (await peer.names(at('json'))).length === before + 3
          ? true
          : undefined,
      30000,
      'three more files in each directory',
    );

    const names = [...(await peer.names(at('raw'))), ...(await peer.names(at('json')))];
    expect(names.filter((name) => name.startsWith('.'))).toEqual([]);
    const bodies = await Promise.all(
      (await peer.names(at('raw'))).map((name) => peer.read(at('raw', name))),
    );
    for (const reference of references) {
      expect(bodies.filter((b) => b.toString('latin1').includes(`+${reference}++`))).toHaveLength(
        1,
      );
    }
  });
});
