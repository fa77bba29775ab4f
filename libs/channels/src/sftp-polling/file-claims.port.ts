/** A file this worker has taken; releasing it lets the next poll take it again. */
export interface FileClaim {
  release(): Promise<void>;
}

/** Who takes a remote file when several workers poll the same server at the same moment. */
export interface FileClaims {
  /** Undefined when another worker holds the key; the claim lapses by itself after `ttlMs`. */
  claim(key: string, ttlMs: number): Promise<FileClaim | undefined>;
  close(): Promise<void>;
}

export const FILE_CLAIMS = Symbol('FILE_CLAIMS');
