import { SFTP_STATUS, SftpStatus } from './sftp.refusal';

/** The SFTP status for a file-system error, with a message that names no server path. */
export function statusOfFsError(error: unknown): { status: SftpStatus; message: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { status: SFTP_STATUS.NO_SUCH_FILE, message: 'No such file' };
    case 'EACCES':
    case 'EPERM':
    case 'ELOOP':
      return { status: SFTP_STATUS.PERMISSION_DENIED, message: 'Permission denied' };
    case 'EISDIR':
      return { status: SFTP_STATUS.FAILURE, message: 'Is a directory' };
    case 'EEXIST':
      return { status: SFTP_STATUS.FAILURE, message: 'File exists' };
    default:
      return { status: SFTP_STATUS.FAILURE, message: 'Failure' };
  }
}
