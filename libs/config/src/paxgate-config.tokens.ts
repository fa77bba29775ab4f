import { PaxgateConfig } from './paxgate.config';

/** The whole validated configuration. */
export const PAXGATE_CONFIG = Symbol('PAXGATE_CONFIG');
export const DATA_CONFIG = Symbol('DATA_CONFIG');
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
export const INSPECTION_CONFIG = Symbol('INSPECTION_CONFIG');
export const CONSOLE_CONFIG = Symbol('CONSOLE_CONFIG');
export const JOURNAL_CONFIG = Symbol('JOURNAL_CONFIG');
export const REDIS_CONFIG = Symbol('REDIS_CONFIG');
export const DELIVERY_CONFIG = Symbol('DELIVERY_CONFIG');
export const OUTBOX_CONFIG = Symbol('OUTBOX_CONFIG');
export const JOBS_CONFIG = Symbol('JOBS_CONFIG');
export const INGEST_CONFIG = Symbol('INGEST_CONFIG');
export const SFTP_CONFIG = Symbol('SFTP_CONFIG');
export const MQ_CONFIG = Symbol('MQ_CONFIG');
export const ASSEMBLY_CONFIG = Symbol('ASSEMBLY_CONFIG');
/** `PollingConfig`: remote SFTP servers the worker polls. */
export const POLLING_CONFIG = Symbol('POLLING_CONFIG');
/** `readonly CarrierConfig[]`. */
export const CARRIERS_CONFIG = Symbol('CARRIERS_CONFIG');
export const ROUTING_CONFIG = Symbol('ROUTING_CONFIG');

/** Token of each group; the Record type keeps it complete when a group is added. */
export const GROUP_TOKENS: Readonly<Record<keyof PaxgateConfig, symbol>> = {
  data: DATA_CONFIG,
  gateway: GATEWAY_CONFIG,
  inspection: INSPECTION_CONFIG,
  console: CONSOLE_CONFIG,
  journal: JOURNAL_CONFIG,
  redis: REDIS_CONFIG,
  delivery: DELIVERY_CONFIG,
  outbox: OUTBOX_CONFIG,
  jobs: JOBS_CONFIG,
  ingest: INGEST_CONFIG,
  sftp: SFTP_CONFIG,
  mq: MQ_CONFIG,
  assembly: ASSEMBLY_CONFIG,
  polling: POLLING_CONFIG,
  carriers: CARRIERS_CONFIG,
  routing: ROUTING_CONFIG,
};
