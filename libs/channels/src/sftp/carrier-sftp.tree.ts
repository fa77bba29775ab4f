import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CARRIER_AREAS } from './jailed.path';

/** One carrier's directories on the server: `<root>/<carrier>/{inbox,outbox,archive}`. */
export class CarrierSftpTree {
  readonly home: string;
  readonly inbox: string;
  readonly outbox: string;
  readonly archive: string;

  constructor(
    root: string,
    readonly carrierId: string,
  ) {
    this.home = join(root, carrierId);
    this.inbox = join(this.home, 'inbox');
    this.outbox = join(this.home, 'outbox');
    this.archive = join(this.home, 'archive');
  }

  /** Creates what is missing (first login). */
  async ensure(): Promise<void> {
    for (const area of CARRIER_AREAS) {
      await mkdir(join(this.home, area), { recursive: true, mode: 0o750 });
    }
  }
}
