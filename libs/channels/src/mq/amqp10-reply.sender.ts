import type { Delivery, EventContext, Message, Sender } from 'rhea';

interface Pending {
  resolve(): void;
  reject(error: Error): void;
}

/** How long the broker may take to settle a reply before its connection is given up. */
const OUTCOME_TIMEOUT_MS = 30_000;

/**
 * A sender link to one reply queue. `send` resolves when the broker accepts the message (settles
 * it with `accepted`), and rejects when it rejects or releases it, or the connection ends (then
 * for good: a dead link may still show credit, and what it sends is never settled).
 */
export class Amqp10ReplySender {
  private readonly pending = new Map<Delivery, Pending>();
  private failed: Error | undefined;

  constructor(
    private readonly sender: Sender,
    private readonly queue: string,
    /** Resolves on the sender's next `sendable` (credit), rejects when the connection ends. */
    private readonly credit: () => Promise<void>,
    /** Called when the broker leaves a reply unsettled too long: the connection is dead. */
    private readonly silent: (reason: Error) => void,
  ) {
    sender.on('accepted', (context: EventContext) => this.outcome(context));
    sender.on('rejected', (context: EventContext) => this.outcome(context, 'rejected'));
    // rhea reports `modified` as `released` unless told otherwise.
    sender.on('released', (context: EventContext) => this.outcome(context, 'released'));
  }

  async send(message: Message): Promise<void> {
    while (!this.failed && !this.sender.sendable()) await this.credit();
    if (this.failed) throw this.failed;
    const delivery = this.sender.send(message);
    let timer: NodeJS.Timeout | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        this.pending.set(delivery, { resolve, reject });
        timer = setTimeout(() => {
          const error = new Error(
            `no outcome for the reply to ${this.queue} within ${OUTCOME_TIMEOUT_MS} ms`,
          );
          this.pending.delete(delivery);
          reject(error);
          this.silent(error);
        }, OUTCOME_TIMEOUT_MS);
      });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Rejects every reply still waiting for its outcome, and any sent from now on. */
  fail(error: Error): void {
    this.failed ??= error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }

  private outcome(context: EventContext, refusal?: string): void {
    const delivery = context.delivery;
    const pending = delivery && this.pending.get(delivery);
    if (!delivery || !pending) return;
    this.pending.delete(delivery);
    if (refusal === undefined) pending.resolve();
    else pending.reject(new Error(`the broker ${refusal} the reply to ${this.queue}`));
  }
}
