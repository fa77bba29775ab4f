import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CarrierRegistry } from '@app/carriers';
import { CarrierRepository } from '@app/journal';

/** Records the configured carriers in the journal, so interchanges can name their carrier. */
@Injectable()
export class CarrierJournalSync implements OnApplicationBootstrap {
  constructor(
    private readonly registry: CarrierRegistry,
    private readonly carriers: CarrierRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const carrier of this.registry.all()) {
      await this.carriers.ensure(
        carrier.id,
        carrier.name,
        carrier.senders.map((senderId) => ({ senderId, qualifier: '' })),
      );
    }
  }
}
