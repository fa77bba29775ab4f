import { plainToInstance } from 'class-transformer';
import { AmqpDestinationConfig } from './amqp-destination.config';
import { DESTINATION_KINDS, DestinationKind } from './destination-kind';
import { DirectoryDestinationConfig } from './directory-destination.config';
import { SftpDestinationConfig } from './sftp-destination.config';
import { UnknownDestinationConfig } from './unknown-destination.config';
import { WebhookDestinationConfig } from './webhook-destination.config';

/** A routing destination, discriminated on `kind`. */
export type DestinationConfig =
  | DirectoryDestinationConfig
  | AmqpDestinationConfig
  | WebhookDestinationConfig
  | SftpDestinationConfig;

/** The class that checks each kind of destination. */
export const DESTINATION_CLASSES: {
  readonly [K in DestinationKind]: new () => Extract<DestinationConfig, { kind: K }>;
} = {
  directory: DirectoryDestinationConfig,
  amqp: AmqpDestinationConfig,
  webhook: WebhookDestinationConfig,
  sftp: SftpDestinationConfig,
};

/**
 * Picks the class by `kind` so each destination is checked against its own keys. An unknown kind
 * keeps only `kind`, so the report names the valid kinds instead of calling every other key unknown.
 */
export function toDestinationInstance(plain: unknown): unknown {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    return plain;
  }
  const kind = (plain as { kind?: unknown }).kind;
  const known = DESTINATION_KINDS.find((k) => k === kind);
  if (known === undefined) {
    return plainToInstance(UnknownDestinationConfig, { kind });
  }
  return plainToInstance<DestinationConfig, object>(DESTINATION_CLASSES[known], plain);
}
