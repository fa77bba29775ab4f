/** The SFTP status codes (draft-ietf-secsh-filexfer-02) this server answers with. */
export const SFTP_STATUS = {
  OK: 0,
  EOF: 1,
  NO_SUCH_FILE: 2,
  PERMISSION_DENIED: 3,
  FAILURE: 4,
  OP_UNSUPPORTED: 8,
} as const;
export type SftpStatus = (typeof SFTP_STATUS)[keyof typeof SFTP_STATUS];

/** A request the server turns down on purpose; always logged with the carrier and the path. */
export class SftpRefusal extends Error {
  constructor(
    readonly status: SftpStatus,
    message: string,
  ) {
    super(message);
    this.name = 'SftpRefusal';
  }
}
