import { IngestAttemptCount, IngestAttemptsPort } from '../ingest-attempts.port';

interface Row {
  attempts: number;
  lastError: string | null;
  quarantined: boolean;
}

/** The journal's attempt counting in memory; `down` fails every call like an outage. */
export class FakeIngestAttempts implements IngestAttemptsPort {
  readonly rows = new Map<string, Row>();
  /** Calls in order: 'attempt <key>', 'failure <key>', 'clear <key>', 'keep <key>'. */
  readonly calls: string[] = [];
  down = false;

  /** Leaves a key as a crash loop would: `attempts` tries started, none finished. */
  seed(key: string, attempts: number, lastError: string | null = null): void {
    this.rows.set(key, { attempts, lastError, quarantined: false });
  }

  recordAttempt(key: string): Promise<IngestAttemptCount> {
    return this.write(`attempt ${key}`, () => {
      const row = this.row(key);
      if (!row.quarantined) row.attempts++;
      return { ...row };
    });
  }

  recordFailure(key: string, error: string, counted: boolean): Promise<IngestAttemptCount> {
    return this.write(`failure ${key}`, () => {
      const row = this.row(key);
      if (!counted || row.attempts === 0) row.attempts++;
      row.lastError = error;
      return { ...row };
    });
  }

  clear(key: string): Promise<void> {
    return this.write(`clear ${key}`, () => void this.rows.delete(key));
  }

  keepQuarantined(key: string): Promise<void> {
    return this.write(`keep ${key}`, () => void (this.row(key).quarantined = true));
  }

  private row(key: string): Row {
    let row = this.rows.get(key);
    if (row === undefined) {
      row = { attempts: 0, lastError: null, quarantined: false };
      this.rows.set(key, row);
    }
    return row;
  }

  private write<T>(call: string, change: () => T): Promise<T> {
    this.calls.push(call);
    if (this.down) return Promise.reject(new Error('journal is down'));
    return Promise.resolve(change());
  }
}
