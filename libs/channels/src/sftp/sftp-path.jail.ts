import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { JailViolation } from './jail-violation.error';
import { CARRIER_AREAS, CarrierArea, JailedPath } from './jailed.path';

/** NUL, other control characters and backslashes have no business in a carrier's file name. */
function hasForbiddenCharacter(path: string): boolean {
  for (const char of path) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || char === '\\') return true;
  }
  return false;
}

/**
 * Maps the paths one carrier sends to its own tree `<root>/<carrier>/` and refuses the rest.
 * The carrier's `/` is its home; only `/inbox`, `/outbox`, `/archive`, `/quarantine` and what is
 * below them exist. Names are taken literally (SFTP has no encoding: `%2e%2e` is a name, not `..`), a `..`
 * that climbs above `/` is refused rather than clamped, and no symbolic link is ever followed.
 */
export class SftpPathJail {
  /** @param home the carrier's directory, absolute. */
  constructor(private readonly home: string) {}

  /** Lexical check only: normalises `path` (relative to `/`) and maps it into the home. */
  locate(path: string): JailedPath {
    if (hasForbiddenCharacter(path)) {
      throw new JailViolation(path, 'control character or backslash');
    }
    const names: string[] = [];
    for (const part of path.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') {
        if (names.length === 0) throw new JailViolation(path, "climbs above the carrier's root");
        names.pop();
      } else names.push(part);
    }
    const [first, ...below] = names;
    if (first !== undefined && !isArea(first)) {
      throw new JailViolation(path, 'outside inbox/, outbox/, archive/ and quarantine/');
    }
    return {
      virtual: `/${names.join('/')}`,
      real: join(this.home, ...names),
      area: first,
      below,
    };
  }

  /**
   * `locate`, then on disk: no part of the path below the home that exists may be a symbolic
   * link (so its real location cannot leave the tree). What does not exist yet is fine.
   */
  async resolve(path: string): Promise<JailedPath> {
    const located = this.locate(path);
    const names = located.area === undefined ? [] : [located.area, ...located.below];
    let current = this.home;
    for (const name of names) {
      current = join(current, name);
      const stats = await lstat(current).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
        throw error;
      });
      if (stats === undefined) break;
      if (stats.isSymbolicLink()) throw new JailViolation(path, 'goes through a symbolic link');
    }
    return located;
  }
}

function isArea(name: string): name is CarrierArea {
  return (CARRIER_AREAS as readonly string[]).includes(name);
}
