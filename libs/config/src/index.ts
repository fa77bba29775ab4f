export { ConfigError } from './config.error';
export { PaxgateConfig } from './paxgate.config';
export { CarrierConfig } from './groups/carrier.config';

export { AssemblyConfig } from './groups/assembly.config';
export { MqConfig } from './groups/mq.config';
export { SftpConfig } from './groups/sftp.config';
export { PollingConfig } from './groups/polling.config';
export { SftpRemoteConfig } from './groups/sftp-remote.config';
export { SftpDestinationConfig } from './groups/destinations/sftp-destination.config';

export { DataConfig } from './groups/data.config';
export { DeliveryConfig } from './groups/delivery.config';
export { GatewayConfig } from './groups/gateway.config';
export { InspectionConfig } from './groups/inspection.config';
export { IngestConfig } from './groups/ingest.config';
export { JournalConfig } from './groups/journal.config';
export { OutboxConfig } from './groups/outbox.config';
export { JobsConfig } from './groups/jobs.config';
export { RedisConfig } from './groups/redis.config';

export { AmqpDestinationConfig } from './groups/destinations/amqp-destination.config';
export {
  type DeliveryFormat,
  type MultipartDelivery,
} from './groups/destinations/destination-base.config';
export { type DestinationConfig } from './groups/destinations/destination.config';
export { type DestinationKind } from './groups/destinations/destination-kind';
export { DirectoryDestinationConfig } from './groups/destinations/directory-destination.config';
export { WebhookDestinationConfig } from './groups/destinations/webhook-destination.config';

export { configDefaults } from './loading/config-defaults';

export { loadConfig } from './loading/load-config';
export { validateConfig } from './validation/config.validator';
export { CONFIG_SCHEMA_FILE, renderConfigSchema } from './schema/config-schema';

export {
  DATA_CONFIG,
  GATEWAY_CONFIG,
  REDIS_CONFIG,
  DELIVERY_CONFIG,
  OUTBOX_CONFIG,
  INGEST_CONFIG,
  SFTP_CONFIG,
  MQ_CONFIG,
  ASSEMBLY_CONFIG,
  POLLING_CONFIG,
  CARRIERS_CONFIG,
} from './paxgate-config.tokens';
export { PaxgateConfigModule } from './paxgate-config.module';
