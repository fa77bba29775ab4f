export const DESTINATION_KINDS = ['directory', 'amqp', 'webhook', 'sftp'] as const;
export type DestinationKind = (typeof DESTINATION_KINDS)[number];
