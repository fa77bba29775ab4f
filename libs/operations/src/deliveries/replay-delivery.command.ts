export interface ReplayDeliveryCommand {
  deliveryId: string;
  /** Who asked, for the journal's replay event. */
  requestedBy: string;
}
