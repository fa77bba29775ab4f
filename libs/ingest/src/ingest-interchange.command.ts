import { IngestChannel } from '@app/journal';

/** What a channel adapter hands over: bytes and the authenticated identity, nothing of EDIFACT. */
export interface IngestInterchangeCommand {
  bytes: Buffer;
  channel: IngestChannel;
  /** The carrier the transport authenticated (certificate CN, SSH user, MQ queue); undefined if none. */
  carrierId: string | undefined;
  receivedAt: Date;
  /**
   * Set when the transport cut the body at its limit: `bytes` is then only the head. `size` is
   * the whole body's, when known (a transport that stops reading at the limit may not know it).
   */
  oversize?: { size?: number; limit: number };
}
