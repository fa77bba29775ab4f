import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { problemsOf as problemsOfConfig } from '../testing/problems-of';
import { loadConfig } from './load-config';

describe(`${loadConfig.name} refusing bad values`, () => {
  let cwd: string;
  beforeEach(() => (cwd = mkdtempSync(join(tmpdir(), 'paxgate-config-'))));
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  const problemsOf = (env: NodeJS.ProcessEnv): readonly string[] => problemsOfConfig({ env, cwd });

  it('names the key, the variable and the value in the message', () => {
    expect(() => loadConfig({ env: { PAXGATE_GATEWAY_PORT: 'abc' }, cwd })).toThrow(
      "Invalid configuration: gateway.port (PAXGATE_GATEWAY_PORT) must be an integer from 0 to 65535; got 'abc'",
    );
  });

  it.each<[string, NodeJS.ProcessEnv, string]>([
    [
      'a port out of range',
      { PAXGATE_REDIS_PORT: '70000' },
      'redis.port (PAXGATE_REDIS_PORT) must be an integer from 1 to 65535; got 70000',
    ],
    [
      'a fraction',
      { PAXGATE_DELIVERY_ATTEMPTS: '1.5' },
      "delivery.attempts (PAXGATE_DELIVERY_ATTEMPTS) must be an integer of at least 1; got '1.5'",
    ],
    [
      'a negative duration',
      { PAXGATE_OUTBOX_STALE_AFTER_MS: '-1' },
      'outbox.staleAfterMs (PAXGATE_OUTBOX_STALE_AFTER_MS) must be an integer of at least 0; got -1',
    ],
    [
      'an unknown journal kind',
      { PAXGATE_JOURNAL_KIND: 'mysql' },
      "journal.kind (PAXGATE_JOURNAL_KIND) must be one of 'sqlite', 'postgres'; got 'mysql'",
    ],
    [
      'a switch that is neither true nor false',
      { PAXGATE_JOURNAL_MIGRATE: 'no' },
      "journal.migrate (PAXGATE_JOURNAL_MIGRATE) must be true or false; got 'no'",
    ],
    [
      'postgres without a URL',
      { PAXGATE_JOURNAL_KIND: 'postgres' },
      "journal.postgresUrl (PAXGATE_JOURNAL_POSTGRES_URL) is required when journal.kind is 'postgres'",
    ],
    [
      'a URL of another scheme, without its password',
      { PAXGATE_JOURNAL_POSTGRES_URL: 'mysql://u:pw@db/x' },
      "journal.postgresUrl (PAXGATE_JOURNAL_POSTGRES_URL) must be a URL starting with postgres:// or postgresql://; got 'mysql://u:***@db/x'",
    ],
    [
      'a short admin token, without its value',
      { PAXGATE_CONSOLE_ADMIN_TOKEN: 'secret' },
      'console.adminToken (PAXGATE_CONSOLE_ADMIN_TOKEN) must be a string of at least 16 characters; got a hidden value of 6 characters',
    ],
    [
      'a backoff ceiling below the backoff',
      { PAXGATE_DELIVERY_MAX_BACKOFF_MS: '10' },
      'delivery.maxBackoffMs (PAXGATE_DELIVERY_MAX_BACKOFF_MS) must be at least delivery.backoffMs (1000); got 10',
    ],
    [
      'a headers timeout of zero, which would be none',
      { PAXGATE_GATEWAY_HEADERS_TIMEOUT_MS: '0' },
      'gateway.headersTimeoutMs (PAXGATE_GATEWAY_HEADERS_TIMEOUT_MS) must be an integer of at least 1; got 0',
    ],
    [
      'a request timeout shorter than the headers timeout',
      { PAXGATE_GATEWAY_REQUEST_TIMEOUT_MS: '5000' },
      'gateway.requestTimeoutMs (PAXGATE_GATEWAY_REQUEST_TIMEOUT_MS) must be at least gateway.headersTimeoutMs (10000); got 5000',
    ],
    [
      'carriers that are not JSON',
      { PAXGATE_CARRIERS: '[{' },
      'carriers (PAXGATE_CARRIERS) must be JSON: ',
    ],
    [
      'carriers that are not a list',
      { PAXGATE_CARRIERS: '{}' },
      'carriers (PAXGATE_CARRIERS) must be a list; got {}',
    ],
    [
      'a carrier id unfit for a file name',
      { PAXGATE_CARRIERS: '[{"id":"../x","name":"X","senders":["X"]}]' },
      "carriers[0].id (PAXGATE_CARRIERS) must be a carrier id of 1 to 35 letters, digits, - or _; got '../x'",
    ],
    [
      'a carrier without senders',
      { PAXGATE_CARRIERS: '[{"id":"X","name":"X","senders":[]}]' },
      'carriers[0].senders (PAXGATE_CARRIERS) must be a non-empty list of UNB sender ids',
    ],
    [
      'a repeated carrier',
      {
        PAXGATE_CARRIERS:
          '[{"id":"X","name":"X","senders":["X"]},{"id":"X","name":"Y","senders":["Y"]}]',
      },
      "carriers[1].id (PAXGATE_CARRIERS) repeats carrier id 'X'",
    ],
    [
      'a sender id claimed by two carriers',
      {
        PAXGATE_CARRIERS:
          '[{"id":"DEMO","name":"X","senders":["DEMO","LH"]},{"id":"Y","name":"Y","senders":["DEMO"]}]',
      },
      "carriers[1].senders[0] (PAXGATE_CARRIERS) repeats sender 'DEMO' of carrier 'DEMO'",
    ],
    [
      'an empty carriers variable',
      { PAXGATE_CARRIERS: '  ' },
      'carriers (PAXGATE_CARRIERS) is set but empty; it must be a JSON list of carriers',
    ],
    [
      'an unknown key',
      { PAXGATE_CARRIERS: '[{"id":"X","name":"X","senders":["X"],"sender":"X"}]' },
      'carriers[0].sender (PAXGATE_CARRIERS) is not a known setting',
    ],
  ])('refuses %s', (_case, env, expected) => {
    expect(problemsOf(env)).toEqual([expect.stringContaining(expected)]);
  });

  it('lists every problem at once, file problems included', () => {
    mkdirSync(join(cwd, 'config'));
    writeFileSync(
      join(cwd, 'config', 'default.json'),
      JSON.stringify({ gatway: {}, redis: { hots: 'x' } }),
    );

    const problems = problemsOf({
      PAXGATE_GATEWAY_PORT: '70000',
      PAXGATE_CONSOLE_PORT: 'x',
      PAXGATE_CONFIG_FILE: 'missing.json',
    });

    expect(problems).toEqual([
      `gatway in ${join(cwd, 'config', 'default.json')} is not a known setting`,
      `cannot read configuration file ${join(cwd, 'missing.json')} (named by PAXGATE_CONFIG_FILE): ENOENT`,
      'gateway.port (PAXGATE_GATEWAY_PORT) must be an integer from 0 to 65535; got 70000',
      "console.port (PAXGATE_CONSOLE_PORT) must be an integer from 0 to 65535; got 'x'",
      'redis.hots is not a known setting',
    ]);
  });

  it('refuses a configuration file that is not JSON', () => {
    writeFileSync(join(cwd, 'site.json'), '{ "gateway": ');

    expect(problemsOf({ PAXGATE_CONFIG_FILE: 'site.json' })).toEqual([
      expect.stringMatching(/^configuration file .*site\.json is not valid JSON: /),
    ]);
  });
});
