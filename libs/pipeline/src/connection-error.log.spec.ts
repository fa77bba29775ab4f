import { EventEmitter } from 'node:events';
import { ConnectionErrorLog } from './connection-error.log';

describe('ConnectionErrorLog', () => {
  let clock: number;
  let lines: string[];
  let log: ConnectionErrorLog;
  beforeEach(() => {
    clock = 0;
    lines = [];
    log = new ConnectionErrorLog({ warn: (line: string) => lines.push(line) }, 1000, () => clock);
  });

  it('reports the first error in a line, then counts the ones of the quiet period', () => {
    const queue = new EventEmitter();
    log.watch('routing queue', queue);

    queue.emit('error', new Error('connect ECONNREFUSED 127.0.0.1:6379'));
    clock = 400;
    queue.emit('error', new Error('connect ECONNREFUSED 127.0.0.1:6379'));
    queue.emit('error', new Error('read ECONNRESET'));
    clock = 1000;
    queue.emit('error', new Error('connect ECONNREFUSED 127.0.0.1:6379'));

    expect(lines).toEqual([
      'routing queue: connect ECONNREFUSED 127.0.0.1:6379',
      'routing queue: connect ECONNREFUSED 127.0.0.1:6379 (2 more since the last report)',
    ]);
  });

  it('keeps a quiet period for each source', () => {
    const routing = new EventEmitter();
    const delivery = new EventEmitter();
    log.watch('routing queue', routing);
    log.watch('delivery queue', delivery);

    routing.emit('error', new Error('read ECONNRESET'));
    delivery.emit('error', new Error('read ECONNRESET'));

    expect(lines).toEqual(['routing queue: read ECONNRESET', 'delivery queue: read ECONNRESET']);
  });

  it('is a listener, so an error no longer throws from emit', () => {
    const worker = new EventEmitter();
    expect(() => worker.emit('error', new Error('unheard'))).toThrow('unheard');

    log.watch('delivery worker', worker);

    expect(() => worker.emit('error', new Error('heard'))).not.toThrow();
    expect(lines).toEqual(['delivery worker: heard']);
  });
});
