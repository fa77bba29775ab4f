import { Stats } from 'node:fs';
import { Attributes } from 'ssh2';

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** SFTP attributes of a file or directory (times in whole seconds). */
export function attrsOf(stats: Stats): Attributes {
  return {
    mode: stats.mode,
    uid: stats.uid,
    gid: stats.gid,
    size: stats.size,
    atime: Math.floor(stats.atimeMs / 1000),
    mtime: Math.floor(stats.mtimeMs / 1000),
  };
}

/** The `ls -l` line clients show for a directory entry; the owner shown is the carrier. */
export function longnameOf(name: string, stats: Stats, owner: string): string {
  const kind = stats.isDirectory() ? 'd' : '-';
  const bits = 'rwxrwxrwx'
    .split('')
    .map((flag, i) => (stats.mode & (0o400 >> i) ? flag : '-'))
    .join('');
  const when = stats.mtime;
  const date = `${MONTHS[when.getUTCMonth()]} ${String(when.getUTCDate()).padStart(2)} ${String(when.getUTCHours()).padStart(2, '0')}:${String(when.getUTCMinutes()).padStart(2, '0')}`;
  return `${kind}${bits}    1 ${owner.padEnd(8)} ${owner.padEnd(8)} ${String(stats.size).padStart(8)} ${date} ${name}`;
}
