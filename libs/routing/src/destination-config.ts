/** What a destination receives: the carrier's EDIFACT as sent, or paxgate's normalised JSON. */
export type DeliveryFormat = 'raw' | 'json';

/**
 * How a `raw` destination receives a multi-part set: 'interchange', the parts' messages in order
 * inside one interchange; 'list', the parts' interchanges as received, one after another.
 */
export type MultipartDelivery = 'interchange' | 'list';

/** A folder a downstream system polls (or an SFTP drop mounted locally). */
export interface DirectoryDestinationConfig {
  kind: 'directory';
  name: string;
  path: string;
  format: DeliveryFormat;
  /** Default 'interchange'. */
  multipart?: MultipartDelivery;
}

/** A RabbitMQ (AMQP 0-9-1) topic exchange. */
export interface AmqpDestinationConfig {
  kind: 'amqp';
  name: string;
  url: string;
  exchange: string;
  /** Defaults to `<messageType>.<carrier>`, lowercased. */
  routingKey?: string;
  format: DeliveryFormat;
  /** Default 'interchange'. */
  multipart?: MultipartDelivery;
}

/** An HTTPS endpoint that receives a signed POST. */
export interface WebhookDestinationConfig {
  kind: 'webhook';
  name: string;
  url: string;
  /** Key of the HMAC-SHA256 signature the receiver checks. */
  secret: string;
  /** Whole request, connect to last byte of the answer; defaults to 10 s. */
  timeoutMs?: number;
  format: DeliveryFormat;
  /** Default 'interchange'. */
  multipart?: MultipartDelivery;
}

/** A directory on a PIU system's SFTP server, logged into with a private key. */
export interface SftpDestinationConfig {
  kind: 'sftp';
  name: string;
  host: string;
  port: number;
  username: string;
  /** Absolute once the configuration is loaded; an OpenSSH or PEM private key. */
  privateKeyFile: string;
  /** Base64 SHA-256 of the server's host key, as `ssh-keygen -l` prints it; unset: not checked. */
  hostKeySha256?: string;
  directory: string;
  format: DeliveryFormat;
  /** Default 'interchange'. */
  multipart?: MultipartDelivery;
}

/** One configured destination; the config lib validates these same shapes. */
export type DestinationConfig =
  | DirectoryDestinationConfig
  | AmqpDestinationConfig
  | WebhookDestinationConfig
  | SftpDestinationConfig;

export type DestinationKind = DestinationConfig['kind'];
