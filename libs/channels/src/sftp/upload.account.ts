/** How much of one write to keep. */
export interface WriteAdmission {
  /** Bytes from the start of the write that fit under the limit (0 if none). */
  keep: number;
  /** The write reaches past the limit: it is answered with a failure. */
  overLimit: boolean;
}

/**
 * Counts what a carrier sends to one upload handle against the upload limit. Like the HTTPS
 * channel, the head up to the limit is kept so the rejection can be journaled with it; the size
 * is the furthest byte the client tried to write (a lower bound once it gives up).
 */
export class UploadAccount {
  private end: number;
  private exceeded = false;

  /** @param existing bytes already in the file when it was opened without truncation. */
  constructor(
    readonly limit: number,
    existing = 0,
  ) {
    this.end = existing;
    this.exceeded = existing > limit;
  }

  admit(offset: number, length: number): WriteAdmission {
    const end = offset + length;
    this.end = Math.max(this.end, end);
    if (end <= this.limit) return { keep: length, overLimit: false };
    this.exceeded = true;
    return { keep: Math.max(0, Math.min(length, this.limit - offset)), overLimit: true };
  }

  get size(): number {
    return this.end;
  }

  /** What ingest needs to reject the file (code 18), or undefined when it is within the limit. */
  get oversize(): { size: number; limit: number } | undefined {
    return this.exceeded ? { size: this.end, limit: this.limit } : undefined;
  }
}
