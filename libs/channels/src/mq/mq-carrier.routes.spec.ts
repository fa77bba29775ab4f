import { CarrierConfig, MqConfig } from '@app/config';
import { mqChannelEnabled, mqRoutesOf } from './mq-carrier.routes';

const mq: MqConfig = {
  url: 'amqp://broker',
  protocol: 'amqp-0-9-1',
  prefetch: 16,
  reconnectMinMs: 500,
  reconnectMaxMs: 30000,
};
const onMq: CarrierConfig = {
  id: 'DEMO',
  name: 'Demo',
  senders: ['DEMO'],
  mq: { inboundQueue: 'DEMO.IN', replyQueue: 'DEMO.OUT', user: 'demo' },
};
const httpsOnly: CarrierConfig = { id: 'OTHER', name: 'Other', senders: ['OTHERAIR'] };

describe(mqRoutesOf.name, () => {
  it('lists the carriers that have MQ queues, with their broker user', () => {
    expect(mqRoutesOf([httpsOnly, onMq])).toEqual([
      { carrierId: 'DEMO', inboundQueue: 'DEMO.IN', replyQueue: 'DEMO.OUT', user: 'demo' },
    ]);
  });
});

describe(mqChannelEnabled.name, () => {
  it('is on with a broker URL and a carrier on MQ', () => {
    expect(mqChannelEnabled({ mq, carriers: [onMq] })).toBe(true);
  });

  it('is off without a broker URL', () => {
    expect(mqChannelEnabled({ mq: { ...mq, url: undefined }, carriers: [onMq] })).toBe(false);
  });

  it('is off when no carrier has MQ queues', () => {
    expect(mqChannelEnabled({ mq, carriers: [httpsOnly] })).toBe(false);
  });
});
