import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { problemsOf } from '../testing/problems-of';
import { loadConfig } from './load-config';

const KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJx2b7nq1n4b1QH8x2Qy0s5Yd2mJ0xWm1pQk3rT9uV8a ops@af';

/** PAXGATE_POLLING with one remote: a moved-files remote of DEMO, with `overrides`. */
const pollingOf = (overrides: object): string =>
  JSON.stringify({
    sftp: [
      {
        name: 'x',
        carrierId: 'DEMO',
        host: 'h',
        port: 22,
        username: 'u',
        privateKeyFile: 'k',
        directory: '/',
        afterIngest: 'move',
        intervalMs: 1000,
        ...overrides,
      },
    ],
  });

describe(`${loadConfig.name}: MQ, SFTP, polling and assembly settings`, () => {
  let cwd: string;
  beforeEach(() => (cwd = mkdtempSync(join(tmpdir(), 'paxgate-config-'))));
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  const carrier = (extra: object) =>
    JSON.stringify([{ id: 'AF', name: 'Air France', senders: ['AIRFRANCE'], ...extra }]);

  it('leaves the SFTP server and the MQ channel off by default and resolves paths in data.dir', () => {
    const sut = loadConfig({ env: {}, cwd });

    expect(sut.sftp.port).toBeUndefined();
    expect(sut.mq.url).toBeUndefined();
    expect(sut.sftp.hostKeyFile).toBe(join(cwd, 'data', 'sftp', 'host-key'));
    expect(sut.sftp.root).toBe(join(cwd, 'data', 'sftp', 'carriers'));
    expect(sut.assembly.timeoutMs).toBe(300000);
    expect(sut.polling.sftp).toEqual([]);
  });

  it('takes every channel from the environment', () => {
    const sut = loadConfig({
      cwd,
      env: {
        PAXGATE_SFTP_PORT: '2222',
        PAXGATE_MQ_URL: 'amqp://guest:guest@127.0.0.1:5672',
        PAXGATE_MQ_PROTOCOL: 'amqp-1.0',
        PAXGATE_ASSEMBLY_TIMEOUT_MS: '60000',
        PAXGATE_CARRIERS: carrier({
          mq: { inboundQueue: 'af.in', replyQueue: 'af.contrl', user: 'af' },
          sftp: { publicKeys: [KEY] },
        }),
        PAXGATE_POLLING: JSON.stringify({
          sftp: [
            {
              name: 'af-bureau',
              carrierId: 'AF',
              host: 'sftp.example',
              port: 22,
              username: 'piu',
              privateKeyFile: 'keys/af',
              directory: '/out',
              afterIngest: 'delete',
              intervalMs: 5000,
            },
          ],
        }),
      },
    });

    expect(sut.sftp.port).toBe(2222);
    expect(sut.mq).toMatchObject({
      url: 'amqp://guest:guest@127.0.0.1:5672',
      protocol: 'amqp-1.0',
    });
    expect(sut.assembly.timeoutMs).toBe(60000);
    expect(sut.carriers[0].mq).toEqual({
      inboundQueue: 'af.in',
      replyQueue: 'af.contrl',
      user: 'af',
    });
    expect(sut.carriers[0].sftp?.publicKeys).toEqual([KEY]);
    expect(sut.polling.sftp[0].privateKeyFile).toBe(join(cwd, 'data', 'keys', 'af'));
  });

  it('takes an sftp destination, its key resolved in data.dir', () => {
    const destination = {
      kind: 'sftp',
      name: 'piu-drop',
      host: 'piu.example',
      port: 22,
      username: 'paxgate',
      privateKeyFile: 'keys/piu',
      hostKeySha256: 'lJzOJWUPTKnewwkVkjGr16Z53zbQLMozxupoloF/BtE',
      directory: '/in/api',
      format: 'json',
    };
    const sut = loadConfig({
      cwd,
      env: {
        PAXGATE_ROUTING: JSON.stringify({
          destinations: [destination],
          rules: [{ name: 'all', match: {}, destinations: ['piu-drop'] }],
        }),
      },
    });

    expect(sut.routing.destinations).toEqual([
      { ...destination, privateKeyFile: join(cwd, 'data', 'keys', 'piu') },
    ]);
  });

  it.each<[string, NodeJS.ProcessEnv, string]>([
    [
      'an unknown MQ protocol',
      { PAXGATE_MQ_PROTOCOL: 'mqtt' },
      "mq.protocol (PAXGATE_MQ_PROTOCOL) must be one of 'amqp-0-9-1', 'amqp-1.0'; got 'mqtt'",
    ],
    [
      'a reconnect ceiling under its floor',
      { PAXGATE_MQ_RECONNECT_MIN_MS: '5000', PAXGATE_MQ_RECONNECT_MAX_MS: '1000' },
      'mq.reconnectMaxMs (PAXGATE_MQ_RECONNECT_MAX_MS) must be at least mq.reconnectMinMs (5000); got 1000',
    ],
    [
      'a key that is not an OpenSSH public key',
      { PAXGATE_CARRIERS: carrier({ sftp: { publicKeys: ['-----BEGIN PRIVATE KEY-----'] } }) },
      'carriers[0].sftp.publicKeys (PAXGATE_CARRIERS) must be a non-empty list of OpenSSH public keys',
    ],
    [
      'a queue without its reply queue',
      { PAXGATE_CARRIERS: carrier({ mq: { inboundQueue: 'af.in' } }) },
      'carriers[0].mq.replyQueue (PAXGATE_CARRIERS) must be a queue name',
    ],
    [
      'two carriers on one inbound queue',
      {
        PAXGATE_CARRIERS: JSON.stringify([
          { id: 'AF', name: 'AF', senders: ['AF'], mq: { inboundQueue: 'q', replyQueue: 'a' } },
          { id: 'LH', name: 'LH', senders: ['LH'], mq: { inboundQueue: 'q', replyQueue: 'b' } },
        ]),
      },
      "carriers[1].mq.inboundQueue (PAXGATE_CARRIERS) repeats inbound queue 'q'",
    ],
    [
      'a polled remote of an unknown carrier',
      {
        PAXGATE_POLLING: pollingOf({ carrierId: 'ZZ' }),
      },
      "polling.sftp[0].carrierId (PAXGATE_POLLING): unknown carrier 'ZZ'",
    ],
  ])('refuses %s', (_what, env, message) => {
    expect(problemsOf({ env, cwd }).join('\n')).toContain(message);
  });

  it("takes how a multi-part set reaches a raw destination, and refuses what it doesn't know", () => {
    const routing = (multipart: string) =>
      JSON.stringify({
        destinations: [{ kind: 'directory', name: 'd', path: 'out', format: 'raw', multipart }],
        rules: [{ name: 'all', match: {}, destinations: ['d'] }],
      });

    const sut = loadConfig({ cwd, env: { PAXGATE_ROUTING: routing('list') } });
    expect(sut.routing.destinations[0].multipart).toBe('list');
    expect(problemsOf({ cwd, env: { PAXGATE_ROUTING: routing('zip') } })).toEqual([
      "routing.destinations[0].multipart (PAXGATE_ROUTING) must be one of 'interchange', 'list'; got 'zip'",
    ]);
  });

  it('requires an archive directory when polled files are moved', () => {
    const problems = problemsOf({
      cwd,
      env: {
        PAXGATE_POLLING: pollingOf({}),
      },
    });
    expect(problems).toEqual([
      "polling.sftp[0].archiveDirectory (PAXGATE_POLLING) is required when afterIngest is 'move'",
    ]);
  });

  it('refuses an archive that is the polled directory itself', () => {
    const problems = problemsOf({
      cwd,
      env: {
        PAXGATE_POLLING: pollingOf({ directory: '/out', archiveDirectory: '/out/./' }),
      },
    });
    expect(problems).toEqual([
      "polling.sftp[0].archiveDirectory (PAXGATE_POLLING) must not be the polled directory '/out'",
    ]);
  });
});
