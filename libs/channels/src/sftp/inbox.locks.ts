/**
 * Inbox files in use: open for writing, or being ingested. A second writer, a rename or a remove
 * of such a file is refused, so that the file archived is the file journaled.
 */
export class InboxLocks {
  private readonly held = new Set<string>();

  tryAcquire(path: string): boolean {
    if (this.held.has(path)) return false;
    this.held.add(path);
    return true;
  }

  isHeld(path: string): boolean {
    return this.held.has(path);
  }

  release(path: string): void {
    this.held.delete(path);
  }
}
