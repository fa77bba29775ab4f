import { EventEmitter } from 'node:events';
import type { Delivery, Sender } from 'rhea';
import { Amqp10ReplySender } from './amqp10-reply.sender';

/** Just enough of a rhea sender link: credit, send, and the outcome events. */
class FakeSenderLink extends EventEmitter {
  credit = 1;
  readonly sent: Delivery[] = [];

  sendable(): boolean {
    return this.credit > 0;
  }

  send(): Delivery {
    this.credit--;
    const delivery = { id: this.sent.length } as Delivery;
    this.sent.push(delivery);
    return delivery;
  }

  settle(index: number, outcome: 'accepted' | 'rejected' | 'released'): void {
    this.emit(outcome, { delivery: this.sent[index] });
  }
}

/** Lets the sender's awaits run until the link has seen `count` sends. */
async function sends(link: FakeSenderLink, count: number): Promise<void> {
  for (let i = 0; i < 100 && link.sent.length < count; i++) await Promise.resolve();
  expect(link.sent).toHaveLength(count);
}

describe(Amqp10ReplySender.name, () => {
  let link: FakeSenderLink;
  let credit: jest.Mock<Promise<void>, []>;
  let silent: jest.Mock<void, [Error]>;
  let sut: Amqp10ReplySender;

  beforeEach(() => {
    link = new FakeSenderLink();
    credit = jest.fn(() => {
      link.credit = 1;
      return Promise.resolve();
    });
    silent = jest.fn<void, [Error]>();
    sut = new Amqp10ReplySender(link as unknown as Sender, 'DEMO.OUT', credit, silent);
  });

  it('resolves when the broker accepts the reply', async () => {
    const sending = sut.send({ body: 'x' });
    link.settle(0, 'accepted');

    await expect(sending).resolves.toBeUndefined();
  });

  it('rejects when the broker rejects or releases it', async () => {
    const rejected = sut.send({ body: 'x' });
    link.settle(0, 'rejected');
    await expect(rejected).rejects.toThrow('the broker rejected the reply to DEMO.OUT');

    const released = sut.send({ body: 'y' });
    await sends(link, 2);
    link.settle(1, 'released');
    await expect(released).rejects.toThrow('the broker released the reply to DEMO.OUT');
  });

  it('waits for credit before sending', async () => {
    link.credit = 0;

    const sending = sut.send({ body: 'x' });
    await sends(link, 1);
    expect(credit).toHaveBeenCalledTimes(1);
    link.settle(0, 'accepted');

    await expect(sending).resolves.toBeUndefined();
  });

  it('rejects what waits for an outcome when the connection ends, and all that is sent after', async () => {
    const waiting = sut.send({ body: 'x' });
    sut.fail(new Error('session error'));

    await expect(waiting).rejects.toThrow('session error');
    // The dead link still shows credit; a send on it would never be settled.
    link.credit = 1;
    await expect(sut.send({ body: 'y' })).rejects.toThrow('session error');
    expect(link.sent).toHaveLength(1);
  });

  it('gives the connection up when the broker never settles a reply', async () => {
    jest.useFakeTimers();
    try {
      const sending = sut.send({ body: 'x' });
      const outcome = expect(sending).rejects.toThrow('no outcome for the reply to DEMO.OUT');
      await jest.advanceTimersByTimeAsync(30_000);

      await outcome;
      expect(silent).toHaveBeenCalledWith(expect.any(Error));
    } finally {
      jest.useRealTimers();
    }
  });
});
