import { connect } from 'amqplib';

/**
 * The delivery baseline: raw amqplib publishing the same payloads with confirms to a queue and
 * consuming them, with nothing else in the way. Returns messages per second end to end.
 */
export async function amqpBaseline(
  url: string,
  payloads: readonly Buffer[],
  queue: string,
): Promise<number> {
  const connection = await connect(url);
  try {
    const publisher = await connection.createConfirmChannel();
    const consumer = await connection.createChannel();
    await consumer.assertQueue(queue, { durable: false, autoDelete: true });
    let received = 0;
    const done = new Promise<void>((resolve) => {
      void consumer.consume(queue, (m) => {
        if (m === null) return;
        consumer.ack(m);
        if (++received === payloads.length) resolve();
      });
    });
    const started = performance.now();
    for (const payload of payloads) {
      publisher.sendToQueue(queue, payload, {
        persistent: true,
        contentType: 'application/edifact',
      });
    }
    await publisher.waitForConfirms();
    await done;
    const seconds = (performance.now() - started) / 1000;
    await consumer.deleteQueue(queue);
    return payloads.length / seconds;
  } finally {
    await connection.close();
  }
}
