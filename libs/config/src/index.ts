export { ConfigError } from './config.error';
export { PaxgateConfig } from './paxgate.config';
export { CarrierConfig } from './groups/carrier.config';
export { CarrierMqConfig, CarrierSftpConfig } from './groups/carrier-channels.config';
export { AssemblyConfig } from './groups/assembly.config';
export { MQ_PROTOCOLS, MqConfig, type MqProtocol } from './groups/mq.config';
export { SftpConfig } from './groups/sftp.config';
export { PollingConfig } from './groups/polling.config';
export { AFTER_INGEST, type AfterIngest, SftpRemoteConfig } from './groups/sftp-remote.config';
export { SftpDestinationConfig } from './groups/destinations/sftp-destination.config';
export { ConsoleConfig } from './groups/console.config';
export { DataConfig } from './groups/data.config';
export { DeliveryConfig } from './groups/delivery.config';
export { GatewayConfig } from './groups/gateway.config';
export { InspectionConfig } from './groups/inspection.config';
export { IngestConfig } from './groups/ingest.config';
export { JOURNAL_KINDS, JournalConfig, type JournalKind } from './groups/journal.config';
export { OutboxConfig } from './groups/outbox.config';
export { JobsConfig } from './groups/jobs.config';
export { RedisConfig } from './groups/redis.config';
export { RoutingConfig } from './groups/routing.config';
export { RoutingMatchConfig } from './groups/routing-match.config';
export { RoutingRuleConfig } from './groups/routing-rule.config';
export { AmqpDestinationConfig } from './groups/destinations/amqp-destination.config';
export {
  DELIVERY_FORMATS,
  type DeliveryFormat,
  MULTIPART_DELIVERIES,
  type MultipartDelivery,
} from './groups/destinations/destination-base.config';
export { type DestinationConfig } from './groups/destinations/destination.config';
export { DESTINATION_KINDS, type DestinationKind } from './groups/destinations/destination-kind';
export { DirectoryDestinationConfig } from './groups/destinations/directory-destination.config';
export { WebhookDestinationConfig } from './groups/destinations/webhook-destination.config';
export { ADMIN_TOKEN_FILE } from './loading/admin-token.store';
export { configDefaults, type ConfigDefaults } from './loading/config-defaults';
export { envVarName } from './loading/config-keys';
export {
  CONFIG_FILE_VARIABLE,
  DEFAULT_CONFIG_FILE,
  loadConfig,
  type LoadConfigOptions,
} from './loading/load-config';
export { validateConfig } from './validation/config.validator';
export { CONFIG_SCHEMA_FILE, configSchema, renderConfigSchema } from './schema/config-schema';
export type { JsonSchema } from './schema/json-schema';
export * from './paxgate-config.tokens';
export { PaxgateConfigModule } from './paxgate-config.module';
