import { IsOptional } from 'class-validator';
import { Describe } from '../schema/describe.decorator';
import { IsListOf, IsMatching, IsNonEmptyString } from '../validation/config.decorators';

const QUEUE = /^[A-Za-z0-9_.:/-]{1,255}$/;
const QUEUE_RULE = 'a queue name of 1 to 255 letters, digits, _ . : / or -';

@Describe(
  'MQ channel: the queue the carrier publishes to and the queue its CONTRLs go to (mq.url names the broker).',
)
export class CarrierMqConfig {
  @Describe('Queue paxgate consumes; unique across carriers.')
  @IsMatching(QUEUE, QUEUE_RULE)
  readonly inboundQueue!: string;
  @Describe('Queue each CONTRL is sent to, correlationId = the inbound message id.')
  @IsMatching(QUEUE, QUEUE_RULE)
  readonly replyQueue!: string;
  @Describe(
    'Broker user the carrier must publish as (checked against the AMQP user-id property); absent: not checked.',
  )
  @IsOptional()
  @IsNonEmptyString()
  readonly user?: string;
}

@Describe("Account on paxgate's SFTP server; the user name is the carrier id.")
export class CarrierSftpConfig {
  @Describe(
    'OpenSSH public key lines (ssh-ed25519, ssh-rsa or ecdsa) allowed to log in, as `ssh-ed25519 AAAA… comment`.',
  )
  @IsListOf(
    /^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/=]+( .*)?$/,
    'OpenSSH public keys',
    {
      nonEmpty: true,
    },
  )
  readonly publicKeys!: readonly string[];
}
