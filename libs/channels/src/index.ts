export { HttpsChannelModule } from './https/https-channel.module';

export { SftpChannelModule } from './sftp/sftp-channel.module';
export { SftpInboxServer } from './sftp/sftp-inbox.server';

export { SftpPollingModule } from './sftp-polling/sftp-polling.module';
export {
  SFTP_POLLING_QUEUE,
  SFTP_POLL_JOB,
  pollSchedulerId,
  type SftpPollJob,
} from './sftp-polling/sftp-polling-queue.constants';
export { MqChannelModule } from './mq/mq-channel.module';
export { MqChannelServer } from './mq/mq-channel.server';
export { mqChannelEnabled } from './mq/mq-carrier.routes';
