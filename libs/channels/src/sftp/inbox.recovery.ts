import { Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CarrierSftpTree } from './carrier-sftp.tree';
import { InboxServices } from './inbox.services';

/** What one recovery did with the files it found. */
export interface InboxRecoverySummary {
  ingested: number;
  quarantined: number;
  /** Still failing (or in use by an upload), left for the next start. */
  left: number;
}

/**
 * Recovery rule, run in the background once the server listens: every complete file lying in a
 * carrier's inbox/ (any regular file not named *.tmp or *.part) is ingested, archived and
 * answered in outbox/ like a fresh upload. Such a file is one whose ingest failed (journal down:
 * its CLOSE was answered with a failure) or was cut short by a stop or crash; ingest recognises
 * one it already journaled as a duplicate. Each such try is a retry: counted before it is made,
 * so a file that crashes paxgate every time is quarantined after `ingest.maxAttempts` starts
 * instead of taking the server down at each one. Partial files stay until renamed.
 */
export class InboxRecovery {
  private readonly logger = new Logger('SftpInbox');
  private cancelled = false;

  constructor(
    private readonly root: string,
    private readonly carrierIds: readonly string[],
    private readonly inbox: InboxServices,
  ) {}

  /** Takes no further file; the one being taken finishes (the ingester's drain waits for it). */
  cancel(): void {
    this.cancelled = true;
  }

  async run(): Promise<InboxRecoverySummary> {
    const summary: InboxRecoverySummary = { ingested: 0, quarantined: 0, left: 0 };
    this.logger.log(`SFTP inbox recovery started (${this.carrierIds.length} carrier inbox(es))`);
    for (const carrierId of this.carrierIds) {
      if (this.cancelled) break;
      const tree = new CarrierSftpTree(this.root, carrierId);
      const names = await this.leftIn(tree);
      // A tree made before quarantine/ existed gets it (and any other area it lacks) first.
      if (names.length > 0) await tree.ensure();
      for (const name of names) {
        if (this.cancelled) break;
        const taken = await this.take(tree, name);
        if (taken !== undefined) summary[taken]++;
      }
    }
    this.logger.log(
      `SFTP inbox recovery ${this.cancelled ? 'stopped' : 'done'}: ${summary.ingested} ingested, ` +
        `${summary.quarantined} quarantined, ${summary.left} left for the next start`,
    );
    return summary;
  }

  private async leftIn(tree: CarrierSftpTree): Promise<string[]> {
    const entries = await readdir(tree.inbox, { withFileTypes: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') {
          this.logger.error(`SFTP ${tree.carrierId}: cannot list inbox/: ${error.message}`);
        }
        return [];
      },
    );
    return entries
      .filter((entry) => entry.isFile() && !this.inbox.naming.isPartial(entry.name))
      .map((entry) => entry.name);
  }

  private async take(
    tree: CarrierSftpTree,
    name: string,
  ): Promise<keyof InboxRecoverySummary | undefined> {
    const path = join(tree.inbox, name);
    if (!this.inbox.locks.tryAcquire(path)) return 'left';
    try {
      this.logger.log(`SFTP ${tree.carrierId}: inbox/${name} was left in the inbox; taking it now`);
      const taken = await this.inbox.ingester.ingest(tree, name, undefined, 'retry');
      return taken.kind;
    } catch (error) {
      // Removed or taken by the carrier's own upload since the listing: nothing is left.
      if (!existsSync(path)) return undefined;
      this.logger.error(
        `SFTP ${tree.carrierId}: inbox/${name} still cannot be ingested, left for the next start: ${error instanceof Error ? error.message : String(error)}`,
      );
      return 'left';
    } finally {
      this.inbox.locks.release(path);
    }
  }
}
