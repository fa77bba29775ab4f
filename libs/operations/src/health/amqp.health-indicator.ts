import { ChannelModel, connect } from 'amqplib';
import { HealthIndicator } from './health-indicator';
import { redactedUrl } from './redacted-url';
import { withTimeout } from './with-timeout';

/** An AMQP broker accepts a connection (handshake and login included), which is then closed. */
export class AmqpHealthIndicator implements HealthIndicator {
  readonly name: string;

  constructor(private readonly url: string) {
    this.name = `amqp ${redactedUrl(url)}`;
  }

  async check(timeoutMs: number): Promise<void> {
    const opening = connect(this.url, {
      timeout: timeoutMs,
      clientProperties: { connection_name: 'paxgate health check' },
    });
    let model: ChannelModel;
    try {
      model = await withTimeout(opening, timeoutMs, `the broker at ${redactedUrl(this.url)}`);
    } catch (error) {
      // Given up on, it may still connect later: close it then rather than leak it.
      opening.then((late) => late.close()).catch(() => undefined);
      throw error;
    }
    // amqplib throws on an 'error' event with no listener.
    model.on('error', () => undefined);
    await model.close();
  }
}
