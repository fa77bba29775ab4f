/** A start without migrating found the journal behind this version of paxgate. */
export class JournalNotMigratedError extends Error {
  constructor(readonly pending: readonly string[]) {
    super(
      `The journal is not at the latest migration (pending: ${pending.join(', ')}); ` +
        'run `paxgate migrate` first, or set journal.migrate to true',
    );
    this.name = 'JournalNotMigratedError';
  }
}
