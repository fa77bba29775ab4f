import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configDefaults } from './config-defaults';
import { envVarName, SCALAR_KEYS } from './config-keys';
import { loadConfig } from './load-config';

// config/ documents the configuration; these checks keep it from drifting from the code.
const repo = join(__dirname, '..', '..', '..', '..');
const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(repo, 'config', file), 'utf8')) as Record<string, unknown>;

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
}

describe('config/ files', () => {
  const schema = readJson('schema.json') as SchemaNode;

  it('default.json lists the built-in defaults and every scalar key', () => {
    const defaults = readJson('default.json');
    delete defaults.$schema;
    const withoutNulls = JSON.parse(
      JSON.stringify(defaults, (_k, v: unknown) => v ?? undefined),
    ) as unknown;

    expect(withoutNulls).toEqual(configDefaults());
    for (const [group, keys] of Object.entries(SCALAR_KEYS)) {
      expect(Object.keys(defaults[group] as object).sort()).toEqual(Object.keys(keys).sort());
    }
  });

  it('schema.json describes every scalar key and names its variable', () => {
    for (const [group, keys] of Object.entries(SCALAR_KEYS)) {
      for (const key of Object.keys(keys)) {
        const node = schema.properties?.[group]?.properties?.[key];
        expect(node?.description).toContain(envVarName(group, key));
      }
    }
    expect(schema.properties?.carriers?.description).toContain('PAXGATE_CARRIERS');
    expect(schema.properties?.routing?.description).toContain('PAXGATE_ROUTING');
  });

  it('example.json is a valid configuration', () => {
    const sut = loadConfig({
      cwd: repo,
      env: {
        PAXGATE_CONFIG_FILE: 'config/example.json',
        PAXGATE_CONSOLE_ADMIN_TOKEN: 'not-written-to-the-repository',
      },
    });

    expect(sut.routing.destinations.map((d) => d.kind)).toEqual(['amqp', 'webhook', 'directory']);
    expect(sut.routing.airportCountries).toEqual({ FRA: 'DE', MUC: 'DE', CDG: 'FR' });
  });
});
