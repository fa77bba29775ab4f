import { link, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CARRIER_AREAS } from './jailed.path';

/** One carrier's directories: `<root>/<carrier>/{inbox,outbox,archive,quarantine}`. */
export class CarrierSftpTree {
  readonly home: string;
  readonly inbox: string;
  readonly outbox: string;
  readonly archive: string;
  readonly quarantine: string;

  constructor(
    root: string,
    readonly carrierId: string,
  ) {
    this.home = join(root, carrierId);
    this.inbox = join(this.home, 'inbox');
    this.outbox = join(this.home, 'outbox');
    this.archive = join(this.home, 'archive');
    this.quarantine = join(this.home, 'quarantine');
  }

  /** Creates what is missing (first login, or a tree made before an area existed). */
  async ensure(): Promise<void> {
    for (const area of CARRIER_AREAS) {
      await mkdir(join(this.home, area), { recursive: true, mode: 0o750 });
    }
  }

  /**
   * Moves inbox/<name> into `area` under the first of `candidates` not taken there, never
   * replacing a file; returns the name it got.
   */
  async moveFromInbox(name: string, area: 'archive' | 'quarantine', candidates: string[]) {
    const from = join(this.inbox, name);
    for (const candidate of candidates) {
      const placed = await link(from, join(this.home, area, candidate)).then(
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
    throw new Error(`no free name in ${area}/ for ${name}`);
  }

  /** Leaves outbox/<contrlFile>, written aside and renamed: a carrier never reads half of one. */
  async leaveContrl(contrlFile: string, contrl: string, tag: string): Promise<void> {
    const aside = join(this.outbox, `.${contrlFile}.${tag}.tmp`);
    await writeFile(aside, contrl, 'latin1');
    await rename(aside, join(this.outbox, contrlFile));
  }
}
