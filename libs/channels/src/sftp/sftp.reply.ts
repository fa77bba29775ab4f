import { Attributes, FileEntry } from 'ssh2';
import { SFTP_STATUS, SftpStatus } from './sftp.refusal';

/** What one request is answered with; the session sends it in the SFTP packet of that kind. */
export type SftpReply =
  | { kind: 'status'; status: SftpStatus; message?: string }
  | { kind: 'handle'; handle: Buffer }
  | { kind: 'data'; data: Buffer }
  | { kind: 'name'; names: FileEntry[] }
  | { kind: 'attrs'; attrs: Attributes };

export const OK: SftpReply = { kind: 'status', status: SFTP_STATUS.OK };
export const END_OF_FILE: SftpReply = { kind: 'status', status: SFTP_STATUS.EOF };
export const INVALID_HANDLE: SftpReply = {
  kind: 'status',
  status: SFTP_STATUS.FAILURE,
  message: 'Invalid handle',
};
