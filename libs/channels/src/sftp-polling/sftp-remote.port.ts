import { SftpRemoteConfig } from '@app/config';
import { RemoteEntry } from './remote-file';

/** One logged-in connection to a carrier's SFTP server, for the length of one poll. */
export interface SftpRemoteSession {
  list(directory: string): Promise<RemoteEntry[]>;
  /** At most `limit + 1` bytes from the start, so the caller can tell the file was larger. */
  read(path: string, limit: number): Promise<Buffer>;
  /** Writes under a hidden `.part` name, then renames over `path`: a reader sees all or nothing. */
  writeWhole(path: string, bytes: Buffer): Promise<void>;
  remove(path: string): Promise<void>;
  /** Renames without replacing: fails when `to` exists. */
  move(from: string, to: string): Promise<void>;
  exists(path: string): Promise<boolean>;
  close(): Promise<void>;
}

export interface SftpRemoteConnector {
  open(remote: SftpRemoteConfig): Promise<SftpRemoteSession>;
}

export const SFTP_REMOTE_CONNECTOR = Symbol('SFTP_REMOTE_CONNECTOR');
