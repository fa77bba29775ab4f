import { Injectable } from '@nestjs/common';
import { InterchangeRepository, MessageRepository, MessageSummary } from '@app/journal';
import { InterchangeInspection } from '@app/validation';

/**
 * A message's normalised JSON, made when first asked for. Ingest does not make it: the carrier
 * waits for that commit, and only a json destination or a multi-part set ever reads it. Made
 * from the interchange's bytes as kept, read as they were on the day received, then kept, so a
 * replay sends the same document.
 */
@Injectable()
export class MessageDocumentStore {
  constructor(
    private readonly messages: MessageRepository,
    private readonly interchanges: InterchangeRepository,
  ) {}

  /** The message's document, or null when its type has none (an unsupported message). */
  async documentOf(
    message: Pick<MessageSummary, 'id' | 'interchangeId' | 'position'>,
  ): Promise<string | null> {
    const kept = await this.messages.findDocument(message.id);
    if (kept !== null) return kept;
    const interchange = await this.interchanges.findById(message.interchangeId);
    if (interchange === undefined) {
      throw new Error(`interchange ${message.interchangeId} has left the journal`);
    }
    const documents = new InterchangeInspection(interchange.raw, {
      now: interchange.receivedAt,
    }).documents();
    // One reading serves every message of the interchange: keep the siblings' documents too.
    await this.messages.keepDocuments(interchange.id, documents);
    return documents[message.position - 1] ?? null;
  }
}
