export { HttpsChannelModule } from './https/https-channel.module';
export { readBoundedBody, BoundedBody } from './https/bounded-body.reader';
export { SftpChannelModule } from './sftp/sftp-channel.module';
export { SftpInboxServer } from './sftp/sftp-inbox.server';
export { type SftpHostKey } from './sftp/sftp-host.key';
export { SftpPollingModule } from './sftp-polling/sftp-polling.module';
export {
  SFTP_POLLING_QUEUE,
  SFTP_POLL_JOB,
  pollSchedulerId,
  type SftpPollJob,
} from './sftp-polling/sftp-polling-queue.constants';
export { MqChannelModule } from './mq/mq-channel.module';
export { MqChannelServer } from './mq/mq-channel.server';
export { mqChannelEnabled, mqRoutesOf, type MqRoute } from './mq/mq-carrier.routes';
export {
  MQ_CONNECTOR,
  type MqConnector,
  type MqConnection,
  type MqInboundMessage,
  type MqReply,
} from './mq/mq-connector.port';
export {
  CONTRL_CONTENT_TYPE,
  INTERCHANGE_ID_HEADER,
  OUTCOME_HEADER,
  DUPLICATE_OF_HEADER,
} from './mq/mq-reply.mapper';
