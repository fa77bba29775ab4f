import { Logger } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { DeliveryProcessor } from './delivery/delivery.processor';
import { RoutingProcessor } from './routing/routing.processor';
import { WorkerErrorReporter } from './worker-error.reporter';

describe('WorkerErrorReporter', () => {
  it("listens to both workers' errors and reports them in a line each", () => {
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const routing = { worker: new EventEmitter() };
    const delivery = { worker: new EventEmitter() };
    const reporter = new WorkerErrorReporter(
      routing as unknown as RoutingProcessor,
      delivery as unknown as DeliveryProcessor,
    );

    reporter.onApplicationBootstrap();
    routing.worker.emit('error', new Error('connect ECONNREFUSED 127.0.0.1:6379'));
    delivery.worker.emit('error', new Error('read ECONNRESET'));

    expect(warned.mock.calls.map(([line]) => line as string)).toEqual([
      "worker 'paxgate-routing': connect ECONNREFUSED 127.0.0.1:6379",
      "worker 'paxgate-delivery': read ECONNRESET",
    ]);
    warned.mockRestore();
  });
});
