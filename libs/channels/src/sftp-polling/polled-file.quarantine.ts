import { Inject, Injectable } from '@nestjs/common';
import { DATA_CONFIG, DataConfig } from '@app/config';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InboundSubject } from '../quarantine/inbound.subject';
import { RemoteFile } from './remote-file';

/**
 * Keeps a copy of a polled file that is quarantined, under
 * `<data.dir>/quarantine/sftp-polling/<remote>/`: the remote file itself is left where it is.
 */
@Injectable()
export class PolledFileQuarantine {
  constructor(@Inject(DATA_CONFIG) private readonly data: DataConfig) {}

  /** The local path of the copy; an earlier copy of the same name is never replaced. */
  async keepCopy(remote: string, file: RemoteFile, subject: InboundSubject): Promise<string> {
    const directory = join(this.data.dir, 'quarantine', 'sftp-polling', remote);
    await mkdir(directory, { recursive: true, mode: 0o750 });
    for (const name of [file.name, `${Date.now()}-${file.name}`]) {
      const path = join(directory, name);
      const written = await writeFile(path, subject.bytes, { flag: 'wx', mode: 0o640 }).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'EEXIST') return false;
          throw error;
        },
      );
      if (written) return path;
    }
    throw new Error(`no free name in ${directory} for ${file.name}`);
  }
}
