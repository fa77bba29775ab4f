/** The CONTRL sent back to the carrier for one interchange. */
export interface JournalAck {
  interchangeId: string;
  contrl: string;
  createdAt: Date;
}
