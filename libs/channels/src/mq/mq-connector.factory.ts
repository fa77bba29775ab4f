import { MqConfig } from '@app/config';
import { Amqp091Connector } from './amqp091.connector';
import { Amqp10Connector } from './amqp10.connector';
import { MqConnector } from './mq-connector.port';

/** The connector for the configured protocol; only called when `mq.url` is set. */
export function mqConnectorFor(config: MqConfig): MqConnector {
  const url = config.url;
  if (url === undefined) throw new Error('mq.url is not set: the MQ channel is off.');
  switch (config.protocol) {
    case 'amqp-0-9-1':
      return new Amqp091Connector(url);
    case 'amqp-1.0':
      return new Amqp10Connector(url);
  }
}
