import { CarrierConfig } from '@app/config';

/** The carriers allowed to send, and which UNB sender ids each may use. */
export class CarrierRegistry {
  private readonly carriers: ReadonlyMap<string, CarrierConfig>;

  constructor(carriers: readonly CarrierConfig[]) {
    this.carriers = new Map(carriers.map((carrier) => [carrier.id, carrier]));
  }

  byId(id: string): CarrierConfig | undefined {
    return this.carriers.get(id);
  }

  /**
   * Whether an interchange from `carrierId` (its authenticated identity) may carry `senderId` in
   * UNB S002: a carrier must not send in another's name. Ids compare exactly, as EDIFACT does.
   */
  mayUseSender(carrierId: string, senderId: string): boolean {
    return this.byId(carrierId)?.senders.includes(senderId) ?? false;
  }

  all(): readonly CarrierConfig[] {
    return [...this.carriers.values()];
  }
}
