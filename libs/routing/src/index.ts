// The destination settings are defined once, in @app/config; these two name what the port
// carries, for code that builds deliveries without reading the configuration.
export type { DeliveryFormat, MultipartDelivery } from '@app/config';
export * from './routing-rule';
export * from './delivery-request';
export type { Destination } from './destination.port';
export { DeliveryError } from './delivery.error';
export { RoutingRuleMatcher } from './rules/routing-rule.matcher';
export { AmqpDestination, type AmqpDestinationOptions } from './destinations/amqp.destination';
export type { AmqpConnect } from './destinations/amqp.session';
export { WebhookDestination } from './destinations/webhook.destination';
export { signWebhookBody, verifyWebhookSignature } from './destinations/webhook-signature';
export {
  DirectoryDestination,
  type DirectoryDestinationOptions,
} from './destinations/directory.destination';
export {
  SftpDestination,
  type SftpConnect,
  type SftpDestinationOptions,
} from './destinations/sftp.destination';
export { sftpFileName } from './destinations/sftp-file.name';
export { sshHostKeyMatches, sshHostKeySha256 } from './destinations/ssh-host-key.fingerprint';
export { createDestination } from './destination.factory';
export { DestinationRegistry } from './destination.registry';
export { DESTINATIONS } from './routing.tokens';
export { RoutingModule, type RoutingModuleOptions } from './routing.module';
