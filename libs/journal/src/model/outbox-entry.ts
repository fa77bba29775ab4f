/** A committed message waiting to be handed to the queue. */
export interface OutboxEntry {
  messageId: string;
  createdAt: Date;
}
