import { PaxgateConfig } from '../paxgate.config';

export type GroupName = keyof PaxgateConfig;

/**
 * How each group is overridden: 'scalars' groups key by key (PAXGATE_<GROUP>_<KEY>), 'json' groups
 * as a whole from one JSON variable (PAXGATE_<GROUP>). The mapped type keeps this list complete.
 */
export const GROUP_SHAPES: {
  readonly [G in GroupName]: G extends JsonGroupName ? 'json' : 'scalars';
} = {
  data: 'scalars',
  gateway: 'scalars',
  inspection: 'scalars',
  console: 'scalars',
  journal: 'scalars',
  redis: 'scalars',
  delivery: 'scalars',
  outbox: 'scalars',
  jobs: 'scalars',
  ingest: 'scalars',
  sftp: 'scalars',
  mq: 'scalars',
  assembly: 'scalars',
  carriers: 'json',
  routing: 'json',
  polling: 'json',
};

export type JsonGroupName = 'carriers' | 'routing' | 'polling';
export type ScalarGroupName = Exclude<GroupName, JsonGroupName>;
export const JSON_GROUPS: readonly JsonGroupName[] = ['carriers', 'routing', 'polling'];

/**
 * How an environment string becomes a value; 'integer' is parsed only when it looks like one,
 * 'boolean' only when it is 'true' or 'false'.
 */
export type ScalarKind = 'string' | 'integer' | 'boolean';

/** Every scalar key; the mapped type makes a key added to a group class fail here until listed. */
export const SCALAR_KEYS: {
  readonly [G in ScalarGroupName]: { readonly [K in keyof PaxgateConfig[G]]-?: ScalarKind };
} = {
  data: { dir: 'string' },
  gateway: {
    host: 'string',
    port: 'integer',
    bodyLimitBytes: 'integer',
    headersTimeoutMs: 'integer',
    requestTimeoutMs: 'integer',
    keepAliveTimeoutMs: 'integer',
  },
  inspection: { threads: 'integer', timeBudgetMs: 'integer', memoryBudgetMb: 'integer' },
  console: { host: 'string', port: 'integer', adminToken: 'string' },
  journal: { kind: 'string', sqliteFile: 'string', postgresUrl: 'string', migrate: 'boolean' },
  redis: { host: 'string', port: 'integer', prefix: 'string' },
  delivery: {
    attempts: 'integer',
    backoffMs: 'integer',
    maxBackoffMs: 'integer',
    webhookTimeoutMs: 'integer',
  },
  outbox: { sweepIntervalMs: 'integer', staleAfterMs: 'integer' },
  jobs: { lockMs: 'integer', stalledCheckMs: 'integer', concurrency: 'integer' },
  ingest: { maxAttempts: 'integer' },
  sftp: {
    host: 'string',
    port: 'integer',
    hostKeyFile: 'string',
    root: 'string',
    uploadLimitBytes: 'integer',
  },
  mq: {
    url: 'string',
    protocol: 'string',
    prefetch: 'integer',
    reconnectMinMs: 'integer',
    reconnectMaxMs: 'integer',
  },
  assembly: { timeoutMs: 'integer', sweepIntervalMs: 'integer' },
};

function upperSnake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** PAXGATE_GATEWAY_PORT for ('gateway', 'port'); PAXGATE_ROUTING for ('routing'). */
export function envVarName(group: string, key?: string): string {
  return ['PAXGATE', group, key]
    .filter((p) => p !== undefined)
    .map(upperSnake)
    .join('_');
}

/** The variable that overrides the setting at `path`, or undefined when there is none. */
export function envVarForPath(path: readonly string[]): string | undefined {
  const [group, key] = path;
  if (group === undefined || !(group in GROUP_SHAPES)) {
    return undefined;
  }
  if (GROUP_SHAPES[group as GroupName] === 'json') {
    return envVarName(group);
  }
  const keys: Readonly<Record<string, ScalarKind>> = SCALAR_KEYS[group as ScalarGroupName];
  return key !== undefined && key in keys && path.length === 2 ? envVarName(group, key) : undefined;
}
