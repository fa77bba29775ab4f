import { createHash } from 'node:crypto';
import { RemoteFile } from './remote-file';

/**
 * The Redis key two workers race for with SET NX. It names the remote and this version of the
 * file (path, size, modification time), so a new file later uploaded under the same name is a
 * new claim, while the one being taken is taken once.
 */
export function fileClaimKey(
  prefix: string,
  remote: string,
  file: Pick<RemoteFile, 'path' | 'size' | 'modifiedAt'>,
): string {
  const version = createHash('sha256')
    .update(`${file.path}\n${file.size}\n${file.modifiedAt}`, 'utf8')
    .digest('hex');
  return `${prefix}:sftp-polling:claim:${remote}:${version}`;
}
