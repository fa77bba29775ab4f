/** One entry of a remote directory listing. */
export interface RemoteEntry {
  name: string;
  /** '-' regular file, 'd' directory, 'l' symbolic link (as `ls -l` shows it). */
  type: string;
  size: number;
  /** Milliseconds since the epoch (the server's clock, whole seconds). */
  modifiedAt: number;
}

/** A file chosen for ingest, with its full remote path. */
export interface RemoteFile extends RemoteEntry {
  path: string;
}
