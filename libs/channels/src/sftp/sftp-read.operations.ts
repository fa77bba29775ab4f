import { constants } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Attributes, FileEntry } from 'ssh2';
import { CarrierSession } from './carrier.session';
import { CARRIER_AREAS, JailedPath } from './jailed.path';
import { attrsOf, longnameOf } from './sftp-attrs.mapper';
import { SFTP_STATUS, SftpRefusal } from './sftp.refusal';
import { END_OF_FILE, INVALID_HANDLE, OK, SftpReply } from './sftp.reply';

const READ_CHUNK_MAX = 256 * 1024;
const NAMES_PER_READDIR = 128;

/**
 * What a carrier may do anywhere in its tree: look, list, download. Paths come already through
 * the jail; files are opened with O_NOFOLLOW as a second guard against a symbolic link.
 */
export class SftpReadOperations {
  constructor(private readonly session: CarrierSession) {}

  realpath(path: JailedPath): SftpReply {
    // Attributes are optional in a REALPATH answer; clients ignore them.
    return {
      kind: 'name',
      names: [{ filename: path.virtual, longname: path.virtual, attrs: {} as Attributes }],
    };
  }

  async stat(path: JailedPath): Promise<SftpReply> {
    return { kind: 'attrs', attrs: attrsOf(await lstat(path.real)) };
  }

  async fstat(handle: Buffer): Promise<SftpReply> {
    const open = this.session.handles.get(handle);
    if (open?.kind !== 'file') return INVALID_HANDLE;
    return { kind: 'attrs', attrs: attrsOf(await open.fd.stat()) };
  }

  async opendir(path: JailedPath): Promise<SftpReply> {
    const stats = await lstat(path.real);
    if (!stats.isDirectory()) {
      return { kind: 'status', status: SFTP_STATUS.FAILURE, message: 'Not a directory' };
    }
    return { kind: 'handle', handle: this.session.handles.add({ kind: 'dir', path, next: 0 }) };
  }

  /** Lists regular files and directories (never links), a bounded number per answer. */
  async readdir(handle: Buffer): Promise<SftpReply> {
    const dir = this.session.handles.get(handle);
    if (dir?.kind !== 'dir') return INVALID_HANDLE;
    dir.entries ??= await this.list(dir.path);
    if (dir.next >= dir.entries.length) return END_OF_FILE;
    const names = dir.entries.slice(dir.next, dir.next + NAMES_PER_READDIR);
    dir.next += names.length;
    return { kind: 'name', names };
  }

  async openForReading(path: JailedPath): Promise<SftpReply> {
    const fd = await open(path.real, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      if (!(await fd.stat()).isFile()) {
        throw new SftpRefusal(SFTP_STATUS.FAILURE, 'Not a regular file');
      }
      return { kind: 'handle', handle: this.session.handles.add({ kind: 'file', path, fd }) };
    } catch (error) {
      await fd.close();
      throw error;
    }
  }

  async read(handle: Buffer, offset: number, length: number): Promise<SftpReply> {
    const file = this.session.handles.get(handle);
    if (file?.kind !== 'file') return INVALID_HANDLE;
    const buffer = Buffer.alloc(Math.min(length, READ_CHUNK_MAX));
    const { bytesRead } = await file.fd.read(buffer, 0, buffer.length, offset);
    return bytesRead === 0 ? END_OF_FILE : { kind: 'data', data: buffer.subarray(0, bytesRead) };
  }

  /** Attributes are accepted and ignored: the server keeps its own modes and times. */
  ignoreAttributes(): SftpReply {
    return OK;
  }

  private async list(dir: JailedPath): Promise<FileEntry[]> {
    const owner = this.session.tree.carrierId;
    const entries: FileEntry[] = [];
    const real = dir.real;
    for (const entry of await readdir(real, { withFileTypes: true })) {
      if (!entry.isFile() && !entry.isDirectory()) continue;
      // The carrier's root holds only its three areas, whatever else an operator left there.
      if (dir.area === undefined && !(CARRIER_AREAS as readonly string[]).includes(entry.name)) {
        continue;
      }
      const stats = await lstat(join(real, entry.name)).catch(() => undefined);
      if (stats === undefined) continue;
      entries.push({
        filename: entry.name,
        longname: longnameOf(entry.name, stats, owner),
        attrs: attrsOf(stats),
      });
    }
    return entries.sort((a, b) => a.filename.localeCompare(b.filename));
  }
}
