import { Logger } from '@nestjs/common';
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CarrierSftpTree } from './carrier-sftp.tree';
import { SftpIngestPort, SftpIngestReceipt } from './sftp-ingest.port';

/** Where a complete upload ended up. */
export interface IngestedUpload extends SftpIngestReceipt {
  /** File name under archive/. */
  archivedAs: string;
  /** File name under outbox/. */
  contrlFile: string;
}

/**
 * Takes one complete file from a carrier's inbox: ingest (journal committed), then move it to
 * archive/ and leave its CONTRL as outbox/<name>.contrl. If ingest fails (an outage) the file
 * stays in the inbox, untouched, and the promise rejects.
 */
export class InboxFileIngester {
  private readonly logger = new Logger('SftpInbox');
  private readonly running = new Set<Promise<unknown>>();

  constructor(private readonly port: SftpIngestPort) {}

  ingest(
    tree: CarrierSftpTree,
    name: string,
    oversize?: { size: number; limit: number },
  ): Promise<IngestedUpload> {
    const work = this.run(tree, name, oversize);
    this.running.add(work);
    const forget = () => this.running.delete(work);
    work.then(forget, forget);
    return work;
  }

  /** Waits for every ingest under way (at shutdown, before the journal closes). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  private async run(
    tree: CarrierSftpTree,
    name: string,
    oversize?: { size: number; limit: number },
  ): Promise<IngestedUpload> {
    const receivedAt = new Date();
    const path = join(tree.inbox, name);
    const read = await readFile(path);
    const bytes = oversize ? read.subarray(0, oversize.limit) : read;
    const receipt = await this.port.ingest({
      carrierId: tree.carrierId,
      bytes,
      receivedAt,
      ...(oversize ? { oversize } : {}),
    });
    const archivedAs = await this.archive(tree, name, receipt.interchangeId);
    const contrlFile = `${name}.contrl`;
    const aside = join(tree.outbox, `.${contrlFile}.${receipt.interchangeId}.tmp`);
    // Written aside and renamed, so a carrier polling outbox/ never reads half a CONTRL.
    await writeFile(aside, receipt.contrl, 'latin1');
    await rename(aside, join(tree.outbox, contrlFile));
    this.logger.log(
      `SFTP ${tree.carrierId}: inbox/${name} is interchange ${receipt.interchangeId} (${receipt.outcome}); archive/${archivedAs}, outbox/${contrlFile}`,
    );
    return { ...receipt, archivedAs, contrlFile };
  }

  /** Moves the file into archive/ without ever replacing an earlier one of the same name. */
  private async archive(tree: CarrierSftpTree, name: string, interchangeId: string) {
    const from = join(tree.inbox, name);
    const candidates = [name, `${interchangeId}-${name}`, `${interchangeId}-${Date.now()}-${name}`];
    for (const candidate of candidates) {
      const placed = await link(from, join(tree.archive, candidate)).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'EEXIST') return false;
          throw error;
        },
      );
      if (placed) {
        await unlink(from);
        return candidate;
      }
    }
    throw new Error(`no free name in archive/ for ${name}`);
  }
}
