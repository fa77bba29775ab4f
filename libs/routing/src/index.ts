// The destination settings are defined once, in @app/config; these two name what the port
// carries, for code that builds deliveries without reading the configuration.
export { DeliveryFormat, MultipartDelivery } from '@app/config';

export { DeliveryRequest, DeliveryReceipt } from './delivery-request';
export { Destination } from './destination.port';
export { DeliveryError } from './delivery.error';
export { RoutingRuleMatcher } from './rules/routing-rule.matcher';

export { verifyWebhookSignature } from './destinations/webhook-signature';

export { sshHostKeyMatches, sshHostKeySha256 } from './destinations/ssh-host-key.fingerprint';

export { DestinationRegistry } from './destination.registry';

export { RoutingModule, type RoutingModuleOptions } from './routing.module';
