import { Logger } from '@nestjs/common';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CarrierSftpTree } from './carrier-sftp.tree';
import { InboxServices } from './inbox.services';

/**
 * Recovery rule, run when the server starts, before it listens: every complete file lying in a
 * carrier's inbox/ (any regular file not named *.tmp or *.part) is ingested, archived and
 * answered in outbox/ like a fresh upload. Such a file is one whose ingest failed (journal down:
 * its CLOSE was answered with a failure) or was cut short by a stop or crash; ingest recognises
 * one it already journaled as a duplicate. Partial files stay until renamed. A file that still
 * cannot be ingested is logged and left for the next start.
 */
export class InboxRecovery {
  private readonly logger = new Logger('SftpInbox');

  constructor(
    private readonly root: string,
    private readonly carrierIds: readonly string[],
    private readonly inbox: InboxServices,
  ) {}

  /** Returns how many files were ingested. */
  async run(): Promise<number> {
    let ingested = 0;
    for (const carrierId of this.carrierIds) {
      const tree = new CarrierSftpTree(this.root, carrierId);
      const entries = await readdir(tree.inbox, { withFileTypes: true }).catch(
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return [];
          throw error;
        },
      );
      for (const entry of entries) {
        if (!entry.isFile() || this.inbox.naming.isPartial(entry.name)) continue;
        if (await this.take(tree, entry.name)) ingested++;
      }
    }
    return ingested;
  }

  private async take(tree: CarrierSftpTree, name: string): Promise<boolean> {
    const path = join(tree.inbox, name);
    if (!this.inbox.locks.tryAcquire(path)) return false;
    try {
      this.logger.log(`SFTP ${tree.carrierId}: inbox/${name} was left in the inbox; taking it now`);
      await this.inbox.ingester.ingest(tree, name);
      return true;
    } catch (error) {
      this.logger.error(
        `SFTP ${tree.carrierId}: inbox/${name} still cannot be ingested, left for the next start: ${error instanceof Error ? error.message : String(error)}`,
      );
      return false;
    } finally {
      this.inbox.locks.release(path);
    }
  }
}
