import { Inject, Injectable } from '@nestjs/common';
import {
  AckRepository,
  DeliveryRepository,
  EventRepository,
  InterchangeRepository,
} from '@app/journal';
import { Counter, Histogram, Registry } from 'prom-client';
import { METRICS_SETTLE_MS } from './metrics-settle.token';

const ACK_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
const DELIVERY_BUCKETS = [0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 4 * 3600];

/**
 * Prometheus metrics read from the journal at scrape time, in a registry of our own (the global
 * one belongs to whoever else runs in the process).
 *
 * Counters are counts of journal rows that are only ever appended: interchanges by outcome, and
 * delivery events by state entered (so `failed` counts failed attempts, and a replay that fails
 * again counts again). They are right whichever process did the work, and only ever grow; a
 * current-state count would not (a replay takes a delivery out of `dead`). Retention deleting
 * rows will look like a counter reset, which Prometheus tolerates.
 *
 * Histograms are cumulative too, as Prometheus expects: each scrape observes the acks and
 * deliveries whose time passed since the previous scrape (minus a settle delay), read from the
 * journal, then moves that watermark on. Re-computing a fixed window at every scrape instead
 * would make the counts fall, which `rate()` reads as resets. They start at this process's start,
 * so a restart is a reset, not a double count.
 */
@Injectable()
export class JournalMetricsCollector {
  readonly registry = new Registry();
  private readonly counters = {
    received: this.counter('paxgate_interchanges_received_total', 'Interchanges received'),
    accepted: this.counter('paxgate_interchanges_accepted_total', 'Interchanges accepted'),
    rejected: this.counter('paxgate_interchanges_rejected_total', 'Interchanges rejected'),
    duplicates: this.counter('paxgate_interchanges_duplicates_total', 'Interchanges repeated'),
    delivered: this.counter('paxgate_deliveries_delivered_total', 'Deliveries completed'),
    failed: this.counter('paxgate_deliveries_failed_total', 'Delivery attempts failed'),
    dead: this.counter('paxgate_deliveries_dead_total', 'Deliveries given up on'),
  };
  private readonly ackLatency = new Histogram({
    name: 'paxgate_ack_latency_seconds',
    help: 'From receipt of an interchange to its CONTRL',
    buckets: ACK_BUCKETS,
    registers: [this.registry],
  });
  private readonly deliveryLatency = new Histogram({
    name: 'paxgate_delivery_latency_seconds',
    help: "From receipt of an interchange to a destination's confirmation of one of its messages",
    buckets: DELIVERY_BUCKETS,
    registers: [this.registry],
  });
  private watermark = new Date();
  private scraping: Promise<string> | undefined;

  constructor(
    private readonly interchanges: InterchangeRepository,
    private readonly events: EventRepository,
    private readonly acks: AckRepository,
    private readonly deliveries: DeliveryRepository,
    @Inject(METRICS_SETTLE_MS) private readonly settleMs: number,
  ) {}

  /** The exposition text. Concurrent scrapes share one reading, so the watermark moves once. */
  metrics(): Promise<string> {
    this.scraping ??= this.scrape().finally(() => (this.scraping = undefined));
    return this.scraping;
  }

  private async scrape(): Promise<string> {
    const after = this.watermark;
    const upTo = new Date(Date.now() - this.settleMs);
    const moved = upTo > after;
    const [outcomes, deliveryStates, ackMs, deliveryMs] = await Promise.all([
      this.interchanges.countByOutcome(),
      this.events.countByState('delivery'),
      moved ? this.acks.latenciesMs(after, upTo) : [],
      moved ? this.deliveries.latenciesMs(after, upTo) : [],
    ]);
    const { received, accepted, rejected, duplicates, delivered, failed, dead } = this.counters;
    set(received, outcomes.accepted + outcomes.rejected + outcomes.duplicate);
    set(accepted, outcomes.accepted);
    set(rejected, outcomes.rejected);
    set(duplicates, outcomes.duplicate);
    set(delivered, deliveryStates.delivered ?? 0);
    set(failed, deliveryStates.failed ?? 0);
    set(dead, deliveryStates.dead ?? 0);
    for (const ms of ackMs) this.ackLatency.observe(ms / 1000);
    for (const ms of deliveryMs) this.deliveryLatency.observe(ms / 1000);
    if (moved) this.watermark = upTo;
    return this.registry.metrics();
  }

  private counter(name: string, help: string): Counter {
    return new Counter({ name, help, registers: [this.registry] });
  }
}

/** A counter's value taken from the journal; synchronous, so no scrape sees it half set. */
function set(counter: Counter, value: number): void {
  counter.reset();
  counter.inc(value);
}
