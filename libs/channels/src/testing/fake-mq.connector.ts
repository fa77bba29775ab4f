import { MqConnector } from '../mq/mq-connector.port';
import { FakeMqConnection } from './fake-mq.connection';
import { Timeline } from './mq-timeline';

export class FakeMqConnector implements MqConnector {
  readonly label = 'fake broker';
  readonly connections: FakeMqConnection[] = [];
  /** Attempts still to refuse before one succeeds. */
  refusals = 0;
  attempts = 0;

  constructor(private readonly timeline: Timeline = []) {}

  open(onLost: (reason: Error) => void): Promise<FakeMqConnection> {
    this.attempts++;
    if (this.refusals > 0) {
      this.refusals--;
      return Promise.reject(new Error('ECONNREFUSED'));
    }
    const connection = new FakeMqConnection(this.timeline, onLost);
    this.connections.push(connection);
    return Promise.resolve(connection);
  }

  get current(): FakeMqConnection | undefined {
    return this.connections.at(-1);
  }
}
