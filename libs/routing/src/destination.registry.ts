import { DestinationConfig } from '@app/config';
import { createDestination } from './destination.factory';
import { Destination } from './destination.port';

/** The configured destinations by name: what routing rules and delivery jobs refer to. */
export class DestinationRegistry {
  private readonly destinations = new Map<string, Destination>();

  constructor(destinations: Iterable<Destination>) {
    for (const destination of destinations) {
      if (this.destinations.has(destination.name)) {
        throw new Error(`Two destinations are named ${destination.name}`);
      }
      this.destinations.set(destination.name, destination);
    }
  }

  static fromConfigs(
    configs: readonly DestinationConfig[],
    create: (config: DestinationConfig) => Destination = createDestination,
  ): DestinationRegistry {
    return new DestinationRegistry(configs.map(create));
  }

  /** Undefined when the configuration has changed since a delivery job named it. */
  byName(name: string): Destination | undefined {
    return this.destinations.get(name);
  }

  has(name: string): boolean {
    return this.destinations.has(name);
  }

  all(): Destination[] {
    return [...this.destinations.values()];
  }

  /** Closes every destination, even when some fail, then reports the failures together. */
  async closeAll(): Promise<void> {
    const results = await Promise.allSettled(this.all().map((destination) => destination.close()));
    const failures = results.flatMap((result) =>
      result.status === 'rejected' ? [result.reason as unknown] : [],
    );
    if (failures.length > 0) {
      throw new AggregateError(failures, `${failures.length} destination(s) failed to close`);
    }
  }
}
