import { DestinationConfig } from '@app/config';
import { Destination } from './destination.port';
import { AmqpDestination } from './destinations/amqp.destination';
import { DirectoryDestination } from './destinations/directory.destination';
import { SftpDestination } from './destinations/sftp.destination';
import { WebhookDestination } from './destinations/webhook.destination';

/** The adapter for one configured destination; nothing connects until the first delivery. */
export function createDestination(config: DestinationConfig): Destination {
  switch (config.kind) {
    case 'directory':
      return new DirectoryDestination(config);
    case 'amqp':
      return new AmqpDestination(config);
    case 'webhook':
      return new WebhookDestination(config);
    case 'sftp':
      return new SftpDestination(config);
  }
}
