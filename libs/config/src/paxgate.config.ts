// class-transformer's @Type reads design-time metadata through the Reflect API.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { Describe } from './schema/describe.decorator';
import { IsList, IsSettingsObject } from './validation/config.decorators';
import { AssemblyConfig } from './groups/assembly.config';
import { CarrierConfig } from './groups/carrier.config';
import { ConsoleConfig } from './groups/console.config';
import { DataConfig } from './groups/data.config';
import { DeliveryConfig } from './groups/delivery.config';
import { GatewayConfig } from './groups/gateway.config';
import { InspectionConfig } from './groups/inspection.config';
import { IngestConfig } from './groups/ingest.config';
import { JobsConfig } from './groups/jobs.config';
import { JournalConfig } from './groups/journal.config';
import { MqConfig } from './groups/mq.config';
import { OutboxConfig } from './groups/outbox.config';
import { PollingConfig } from './groups/polling.config';
import { RedisConfig } from './groups/redis.config';
import { RoutingConfig } from './groups/routing.config';
import { SftpConfig } from './groups/sftp.config';

/** The whole configuration, validated and frozen; each group is also injectable on its own. */
@Describe(
  'Sources in order of precedence (later wins): built-in defaults, config/default.json, the file named by PAXGATE_CONFIG_FILE, then environment variables PAXGATE_<GROUP>_<KEY> (carriers, routing and polling: PAXGATE_CARRIERS, PAXGATE_ROUTING and PAXGATE_POLLING as JSON). Groups of settings merge key by key; carriers, routing and polling are replaced as a whole. null means not set.',
)
export class PaxgateConfig {
  @IsSettingsObject()
  @ValidateNested()
  @Type(() => DataConfig)
  readonly data!: DataConfig;
  @IsSettingsObject()
  @ValidateNested()
  @Type(() => GatewayConfig)
  readonly gateway!: GatewayConfig;
  @IsSettingsObject()
  @ValidateNested()
  @Type(() => InspectionConfig)
  readonly inspection!: InspectionConfig;
  @IsSettingsObject()
  @ValidateNested()
  @Type(() => ConsoleConfig)
  readonly console!: ConsoleConfig;
  @IsSettingsObject()
  @ValidateNested()
  @Type(() => JournalConfig)
  readonly journal!: JournalConfig;
  @IsSettingsObject()
  @ValidateNested()
  @Type(() => RedisConfig)
  readonly redis!: RedisConfig;
  @IsSettingsObject()
  @ValidateNested()
  @Type(() => DeliveryConfig)
  readonly delivery!: DeliveryConfig;
  @IsSettingsObject()
  @ValidateNested()
  @Type(() => OutboxConfig)
  readonly outbox!: OutboxConfig;
  @IsSettingsObject()
  @ValidateNested()
  @Type(() => JobsConfig)
  readonly jobs!: JobsConfig;
  @IsSettingsObject()
  @ValidateNested()
  @Type(() => IngestConfig)
  readonly ingest!: IngestConfig;
  @IsSettingsObject()
  @ValidateNested()
  @Type(() => SftpConfig)
  readonly sftp!: SftpConfig;
  @IsSettingsObject()
  @ValidateNested()
  @Type(() => MqConfig)
  readonly mq!: MqConfig;
  @IsSettingsObject()
  @ValidateNested()
  @Type(() => AssemblyConfig)
  readonly assembly!: AssemblyConfig;

  @Describe(
    'Airlines allowed to send. Replaced as a whole; PAXGATE_CARRIERS set but empty is an error, not the defaults.',
  )
  @IsList()
  @ValidateNested({ each: true })
  @Type(() => CarrierConfig)
  readonly carriers!: readonly CarrierConfig[];

  @IsSettingsObject()
  @ValidateNested()
  @Type(() => RoutingConfig)
  readonly routing!: RoutingConfig;

  @IsSettingsObject()
  @ValidateNested()
  @Type(() => PollingConfig)
  readonly polling!: PollingConfig;
}
