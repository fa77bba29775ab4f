import { CarrierSftpTree } from './carrier-sftp.tree';
import { SftpHandleTable } from './sftp-handle.table';
import { SftpPathJail } from './sftp-path.jail';

/** What one logged-in carrier's SFTP session works on. */
export interface CarrierSession {
  readonly tree: CarrierSftpTree;
  readonly jail: SftpPathJail;
  readonly handles: SftpHandleTable;
}
