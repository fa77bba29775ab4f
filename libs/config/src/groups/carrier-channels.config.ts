import { IsOptional } from 'class-validator';
import { IsListOf, IsMatching, IsNonEmptyString } from '../validation/config.decorators';

const QUEUE = /^[A-Za-z0-9_.:/-]{1,255}$/;
const QUEUE_RULE = 'a queue name of 1 to 255 letters, digits, _ . : / or -';

/** Where a carrier's MQ traffic arrives and where its CONTRLs go. */
export class CarrierMqConfig {
  @IsMatching(QUEUE, QUEUE_RULE) readonly inboundQueue!: string;
  @IsMatching(QUEUE, QUEUE_RULE) readonly replyQueue!: string;
  /** When set, a message must carry this AMQP `user-id` (the broker user it was published as). */
  @IsOptional() @IsNonEmptyString() readonly user?: string;
}

/** The carrier's account on paxgate's SFTP server; its user name is the carrier id. */
export class CarrierSftpConfig {
  /** OpenSSH public key lines (`ssh-ed25519 AAAA… comment`) allowed to log in. */
  @IsListOf(
    /^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/=]+( .*)?$/,
    'OpenSSH public keys',
    {
      nonEmpty: true,
    },
  )
  readonly publicKeys!: readonly string[];
}
