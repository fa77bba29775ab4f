import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaProblems } from '../testing/json-schema.check';
import { CONFIG_SCHEMA_FILE, configSchema, renderConfigSchema } from './config-schema';

const repo = join(__dirname, '..', '..', '..', '..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(repo, file), 'utf8'));

describe(configSchema.name, () => {
  const sut = configSchema();

  it(`is what ${CONFIG_SCHEMA_FILE} holds (else: run npm run config:schema)`, () => {
    // Compared as data: the file's layout is Prettier's, the generator's is JSON.stringify's.
    const committed = JSON.stringify(readJson(CONFIG_SCHEMA_FILE), null, 2);
    const generated = JSON.stringify(JSON.parse(renderConfigSchema()), null, 2);

    if (committed !== generated) {
      throw new Error(
        `${CONFIG_SCHEMA_FILE} is not what the settings classes make: run npm run config:schema\n` +
          firstDifference(committed, generated),
      );
    }
  });

  it.each(['config/default.json', 'config/example.json'])('accepts %s', (file) => {
    expect(jsonSchemaProblems(sut, readJson(file))).toEqual([]);
  });

  it('refuses what the loader refuses: an unknown key, a wrong type, a missing key', () => {
    const config = {
      gateway: { prot: 8443 },
      redis: { port: 'six' },
      routing: { destinations: [{ kind: 'directory', name: 'x', format: 'raw' }], rules: [] },
    };

    expect(jsonSchemaProblems(sut, config)).toEqual([
      '$.gateway.prot: is not allowed',
      '$.redis.port: is string, not "integer"',
      '$.routing.destinations[0]: matches 0 of oneOf',
    ]);
  });

  it('describes every key, and gives each scalar key its variable and default', () => {
    const gateway = sut.properties?.gateway?.properties?.port;
    const mqUrl = sut.properties?.mq?.properties?.url;

    expect(gateway).toMatchObject({ type: 'integer', minimum: 0, maximum: 65535, default: 8443 });
    expect(gateway?.description).toMatch(/Environment: PAXGATE_GATEWAY_PORT\.$/);
    expect(mqUrl).toMatchObject({ type: ['string', 'null'], pattern: '^(amqp|amqps)://' });
    expect(sut.properties?.routing?.description).toMatch(/PAXGATE_ROUTING \(JSON\)\.$/);
  });
});

/** The first line where the two texts part, with its number, for the failure message. */
function firstDifference(committed: string, generated: string): string {
  const a = committed.split('\n');
  const b = generated.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `first difference at line ${at + 1} (as JSON.stringify lays it out):\n  committed: ${a[at] ?? '(end)'}\n  generated: ${b[at] ?? '(end)'}`;
}
