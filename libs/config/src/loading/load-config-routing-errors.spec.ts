import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { problemsOf as problemsOfConfig } from '../testing/problems-of';
import { loadConfig } from './load-config';

describe(`${loadConfig.name} refusing bad routing`, () => {
  let cwd: string;
  beforeEach(() => (cwd = mkdtempSync(join(tmpdir(), 'paxgate-config-'))));
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  const problemsOf = (env: NodeJS.ProcessEnv): readonly string[] => problemsOfConfig({ env, cwd });
  const routing = (destinations: unknown[], rules: unknown[] = []): string =>
    JSON.stringify({ destinations, rules });
  const directory = { kind: 'directory', name: 'd', path: 'out', format: 'raw' };

  it.each<[string, NodeJS.ProcessEnv, string]>([
    [
      'routing that is null',
      { PAXGATE_ROUTING: 'null' },
      'routing (PAXGATE_ROUTING) must be an object; got nothing',
    ],
    [
      'an unknown destination kind',
      { PAXGATE_ROUTING: routing([{ kind: 'ftp', name: 'f' }]) },
      "routing.destinations[0].kind (PAXGATE_ROUTING) must be one of 'directory', 'amqp', 'webhook', 'sftp'; got 'ftp'",
    ],
    [
      'a webhook without URL',
      {
        PAXGATE_ROUTING: routing([
          { kind: 'webhook', name: 'w', secret: 'sixteen-chars-at-least', format: 'json' },
        ]),
      },
      'routing.destinations[0].url (PAXGATE_ROUTING) must be a URL starting with https:// or http://; got nothing',
    ],
    [
      'an AMQP destination with a webhook key',
      {
        PAXGATE_ROUTING: routing([
          { kind: 'amqp', name: 'a', url: 'amqp://mq', exchange: '', format: 'json', secret: 'x' },
        ]),
      },
      'routing.destinations[0].secret (PAXGATE_ROUTING) is not a known setting',
    ],
    [
      'an unknown format',
      { PAXGATE_ROUTING: routing([{ ...directory, format: 'xml' }]) },
      "routing.destinations[0].format (PAXGATE_ROUTING) must be one of 'raw', 'json'; got 'xml'",
    ],
    [
      'a rule airport that is no IATA code',
      {
        PAXGATE_ROUTING: routing(
          [directory],
          [{ name: 'r', match: { airports: ['Frankfurt'] }, destinations: ['d'] }],
        ),
      },
      'routing.rules[0].match.airports (PAXGATE_ROUTING) must be a list of IATA airport codes such as FRA; got ["Frankfurt"]',
    ],
    [
      'a rule without match',
      { PAXGATE_ROUTING: routing([directory], [{ name: 'r', destinations: ['d'] }]) },
      'routing.rules[0].match (PAXGATE_ROUTING) must be an object; got nothing',
    ],
  ])('refuses %s', (_case, env, expected) => {
    expect(problemsOf(env)).toEqual([expect.stringContaining(expected)]);
  });

  it('names the rule that sends to an unknown destination', () => {
    const env = {
      PAXGATE_ROUTING: routing(
        [directory],
        [
          { name: 'fine', match: {}, destinations: ['d'] },
          { name: 'api-to-risk', match: { messageTypes: ['PAXLST'] }, destinations: ['d', 'risk'] },
        ],
      ),
    };

    expect(problemsOf(env)).toEqual([
      "routing.rules[1].destinations (PAXGATE_ROUTING): rule 'api-to-risk' sends to unknown destination 'risk'; known destinations: 'd'",
    ]);
  });
});
