import { AmqpTestBroker, TEST_AMQP_URL } from '../testing/amqp-test-broker';
import { expectDeliveryError } from '../testing/delivery-error.expectations';
import { deliveryRequest } from '../testing/delivery-request.fixture';
import { AmqpDestination } from './amqp.destination';

describe(AmqpDestination.name, () => {
  const broker = new AmqpTestBroker();
  let sut: AmqpDestination | undefined;

  const destination = (
    options: { routingKey?: string; confirmTimeoutMs?: number } = {},
  ): AmqpDestination =>
    (sut = new AmqpDestination(
      {
        kind: 'amqp',
        name: 'risk',
        url: TEST_AMQP_URL,
        exchange: broker.exchange,
        format: 'raw',
        routingKey: options.routingKey,
      },
      { connect: broker.connect, confirmTimeoutMs: options.confirmTimeoutMs },
    ));

  beforeAll(() => broker.start());
  afterAll(() => broker.stop());
  beforeEach(() => broker.reset());

  afterEach(async () => {
    await sut?.close();
    sut = undefined;
    await broker.cleanUp();
  });

  it('publishes persistently with the paxgate properties and waits for the confirm', async () => {
    await broker.bind('paxlst.lh');
    const request = deliveryRequest({ schemaVersion: 'paxlst-1' });

    const receipt = await destination().deliver(request);

    expect(receipt.detail).toContain('routing key paxlst.lh');
    const message = await broker.next();
    expect(message.content).toEqual(request.body);
    expect(message.fields.routingKey).toBe('paxlst.lh');
    expect(message.properties).toMatchObject({
      deliveryMode: 2,
      messageId: request.idempotencyKey,
      contentType: 'application/edifact',
    });
    expect(message.properties.headers).toEqual({
      'x-paxgate-message-id': 'msg-1',
      'x-paxgate-message-type': 'PAXLST',
      'x-paxgate-carrier': 'LH',
      'x-paxgate-flight': 'LH400',
      'x-paxgate-idempotency-key': request.idempotencyKey,
      'x-paxgate-schema': 'paxlst-1',
    });
  });

  it('asserts a durable topic exchange on first use and honours a configured routing key', async () => {
    // Nothing is bound yet, so the message is returned, but the exchange now exists...
    const amqp = destination({ routingKey: 'api.inbound' });
    await expectDeliveryError(amqp.deliver(deliveryRequest()), /unroutable/, true);
    await broker.ch().checkExchange(broker.exchange);
    // ...and as durable topic, or this assertion would close the channel with 406.
    await broker.bind('api.*');
    await amqp.deliver(deliveryRequest());
    expect((await broker.next()).fields.routingKey).toBe('api.inbound');
    expect(broker.opened).toHaveLength(1);
  });

  it('reports an unroutable message as a retryable failure', async () => {
    await broker.bind('pnrgov.#');
    await expectDeliveryError(
      destination().deliver(deliveryRequest()),
      /unroutable \(312 NO_ROUTE\) with routing key paxlst\.lh/,
      true,
    );
  });

  it('reports a nack as a retryable failure', async () => {
    // A queue that refuses every publish makes the broker nack it.
    await broker.bind('#', { maxLength: 0, overflow: 'reject-publish' });
    await expectDeliveryError(destination().deliver(deliveryRequest()), /nacked/, true);
  });

  it('reconnects on the next delivery after the connection was closed', async () => {
    await broker.bind('#');
    const amqp = destination();
    await amqp.deliver(deliveryRequest({ messageId: 'first' }));
    await broker.opened[0].close();

    await amqp.deliver(deliveryRequest({ messageId: 'second' }));

    expect(broker.opened).toHaveLength(2);
    expect((await broker.next()).properties.headers?.['x-paxgate-message-id']).toBe('first');
    expect((await broker.next()).properties.headers?.['x-paxgate-message-id']).toBe('second');
  });

  it('fails retryably on a killed connection, then recovers on the next delivery', async () => {
    await broker.bind('#');
    const amqp = destination();
    await amqp.deliver(deliveryRequest());
    AmqpTestBroker.socketOf(broker.opened[0]).destroy(new Error('simulated network failure'));

    await expectDeliveryError(amqp.deliver(deliveryRequest()), /closed/, true);
    await amqp.deliver(deliveryRequest({ messageId: 'after' }));

    expect(broker.opened).toHaveLength(2);
    await broker.next();
    expect((await broker.next()).properties.headers?.['x-paxgate-message-id']).toBe('after');
  });

  it('gives up a silent connection after the confirm timeout and reconnects', async () => {
    await broker.bind('#');
    const amqp = destination({ confirmTimeoutMs: 300 });
    await amqp.deliver(deliveryRequest());
    // A socket destroyed without an error is invisible to amqplib until heartbeats time out.
    const socket = AmqpTestBroker.socketOf(broker.opened[0]);
    socket.destroy();

    await expectDeliveryError(
      amqp.deliver(deliveryRequest()),
      /no publisher confirm within 300 ms/,
      true,
    );
    await amqp.deliver(deliveryRequest());
    expect(broker.opened).toHaveLength(2);
    // Let amqplib notice, so its heartbeat timers do not outlive the test.
    socket.emit('error', new Error('test over'));
  });

  it('fails retryably when the broker cannot be reached', async () => {
    const unreachable = new AmqpDestination({
      kind: 'amqp',
      name: 'nowhere',
      url: 'amqp://guest:guest@127.0.0.1:1',
      exchange: broker.exchange,
      format: 'raw',
    });
    await broker.bind('#');
    await expectDeliveryError(
      unreachable.deliver(deliveryRequest()),
      /amqp destination nowhere: cannot open the connection/,
      true,
    );
    await unreachable.close();
  });

  it('fails without retry when the exchange exists with another type', async () => {
    await broker.ch().assertExchange(broker.exchange, 'fanout', { durable: true });
    await broker.ch().assertQueue(broker.exchange, { exclusive: true });
    await expectDeliveryError(
      destination().deliver(deliveryRequest()),
      /PRECONDITION_FAILED/,
      false,
    );
  });

  it('refuses deliveries once closed', async () => {
    await broker.bind('#');
    const amqp = destination();
    await amqp.deliver(deliveryRequest());
    await amqp.close();
    await expectDeliveryError(amqp.deliver(deliveryRequest()), /is closed/, true);
  });
});
