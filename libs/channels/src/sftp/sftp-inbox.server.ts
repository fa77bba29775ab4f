import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { CARRIERS_CONFIG, CarrierConfig, SFTP_CONFIG, SftpConfig } from '@app/config';
import { IngestInterchange, IngestInterchangeUseCase } from '@app/ingest';
import { AddressInfo } from 'node:net';
import { AuthContext, Connection, Server } from 'ssh2';
import { CarrierKeyAuthenticator } from './carrier-key.authenticator';
import { CarrierSftpTree } from './carrier-sftp.tree';
import { InboxFileIngester } from './inbox-file.ingester';
import { PoisonQuarantinePolicy } from '../quarantine/poison-quarantine.policy';
import { InboxLocks } from './inbox.locks';
import { InboxRecovery, InboxRecoverySummary } from './inbox.recovery';
import { InboxServices } from './inbox.services';
import { SftpHandleTable } from './sftp-handle.table';
import { SftpHostKey } from './sftp-host.key';
import { SftpHostKeyStore } from './sftp-host-key.store';
import { SftpPathJail } from './sftp-path.jail';
import { SftpSessionHandler } from './sftp-session.handler';
import { UploadNamingRule } from './upload-naming.rule';

/**
 * paxgate's own SFTP server, where carriers upload interchanges: one account per carrier with
 * `sftp` in its configuration (user = carrier id, public keys only), each jailed to
 * `<root>/<carrier>/{inbox,outbox,archive,quarantine}`. Listens when the gateway role starts, if
 * sftp.port is set, then takes the files left in inboxes in the background (InboxRecovery), so a
 * file that cannot be taken never keeps the server from serving; stops before the journal
 * closes, finishing the ingests under way.
 */
@Injectable()
export class SftpInboxServer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('SftpInbox');
  private readonly authenticator: CarrierKeyAuthenticator;
  private readonly inbox: InboxServices;
  private readonly connections = new Set<Connection>();
  private readonly sessions = new Set<SftpSessionHandler>();
  private server?: Server;
  private key?: SftpHostKey;
  private recovery?: InboxRecovery;
  private recovering?: Promise<InboxRecoverySummary | undefined>;

  constructor(
    @Inject(SFTP_CONFIG) private readonly config: SftpConfig,
    @Inject(CARRIERS_CONFIG) carriers: readonly CarrierConfig[],
    @Inject(IngestInterchangeUseCase) ingest: IngestInterchange,
    @Inject(PoisonQuarantinePolicy) policy: PoisonQuarantinePolicy,
  ) {
    this.authenticator = new CarrierKeyAuthenticator(carriers);
    this.inbox = {
      locks: new InboxLocks(),
      ingester: new InboxFileIngester(ingest, policy),
      naming: new UploadNamingRule(),
      uploadLimitBytes: config.uploadLimitBytes,
    };
  }

  /** The port it listens on (useful when configured as 0); undefined when not listening. */
  get port(): number | undefined {
    const address: AddressInfo | string | null | undefined = this.server?.address();
    return address && typeof address === 'object' ? address.port : undefined;
  }

  get hostKey(): SftpHostKey | undefined {
    return this.key;
  }

  /** What the recovery started with the server did; undefined if it failed or never ran. */
  recovered(): Promise<InboxRecoverySummary | undefined> {
    return this.recovering ?? Promise.resolve(undefined);
  }

  onApplicationBootstrap(): Promise<void> {
    return this.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.stop();
  }

  async start(): Promise<void> {
    if (this.config.port === undefined || this.server) return;
    const key = await new SftpHostKeyStore(this.config.hostKeyFile).ensure();
    this.key = key;
    const accounts = this.authenticator.accounts;
    const server = new Server(
      {
        hostKeys: [key.privateKey],
        ident: 'paxgate',
      },
      (client, info) => this.admit(client, info.ip),
    );
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.config.port, this.config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.logger.log(
      `SFTP server on ${this.config.host}:${this.port} for ${accounts.length} carrier(s), host key ${key.fingerprint}`,
    );
    const recovery = new InboxRecovery(this.config.root, accounts, this.inbox);
    this.recovery = recovery;
    this.recovering = recovery.run().catch((error: unknown) => {
      this.logger.error(`SFTP inbox recovery failed: ${String(error)}`);
      return undefined;
    });
  }

  /** Stops listening and recovering, ends every connection, and waits for the ingests under way. */
  async stop(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    this.server = undefined;
    this.recovery?.cancel();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const connection of this.connections) connection.end();
    await Promise.allSettled([...this.sessions].map((s) => s.end()));
    // Cancelled, the recovery ends with the file it is taking: no ingest starts after this.
    await this.recovering;
    await this.inbox.ingester.drain();
    await closed;
  }

  private admit(client: Connection, ip: string): void {
    this.connections.add(client);
    let tree: CarrierSftpTree | undefined;
    const handlers: SftpSessionHandler[] = [];
    client.on('authentication', (ctx) => {
      const decision = this.authenticator.decide(attemptOf(ctx));
      if (!decision.accept) {
        if (decision.reason !== undefined) {
          this.logger.warn(`SFTP refused login ${ctx.username} from ${ip}: ${decision.reason}`);
        }
        ctx.reject(['publickey']);
      } else if (ctx.method !== 'publickey' || ctx.signature === undefined) {
        ctx.accept(); // "this key would do": the client signs next
      } else {
        // The tree exists before login completes: the client pipelines its first SFTP packets
        // right behind the subsystem request, so the session must be served synchronously.
        const carrierTree = new CarrierSftpTree(this.config.root, ctx.username);
        carrierTree.ensure().then(
          () => {
            tree = carrierTree;
            ctx.accept();
          },
          (error: unknown) => {
            this.logger.error(`SFTP ${ctx.username}: cannot prepare its tree: ${String(error)}`);
            ctx.reject(['publickey']);
          },
        );
      }
    });
    client.on('ready', () => {
      const carrierTree = tree;
      if (carrierTree === undefined) return client.end();
      // Unhandled: exec, shell, port forwarding and other subsystems are refused by ssh2.
      client.on('session', (acceptSession) => {
        acceptSession().on('sftp', (acceptSftp) => {
          const sftp = acceptSftp();
          const session = {
            tree: carrierTree,
            jail: new SftpPathJail(carrierTree.home),
            handles: new SftpHandleTable(),
          };
          const handler = new SftpSessionHandler(sftp, session, this.inbox);
          handler.attach();
          handlers.push(handler);
          this.sessions.add(handler);
          // The client sent EOF (its batch is done): finish, then close our side of the channel.
          sftp.once('end', () => void handler.end().finally(() => sftp.end()));
          sftp.once('close', () => this.finish(handler));
        });
      });
    });
    client.on('error', (error) =>
      this.logger.debug(`SFTP connection from ${ip}: ${error.message}`),
    );
    client.on('close', () => {
      this.connections.delete(client);
      for (const handler of handlers) this.finish(handler);
    });
  }

  private finish(handler: SftpSessionHandler): void {
    void handler.end().finally(() => this.sessions.delete(handler));
  }
}

function attemptOf(ctx: AuthContext) {
  return ctx.method === 'publickey'
    ? {
        username: ctx.username,
        method: ctx.method,
        key: ctx.key,
        signature: ctx.signature,
        blob: ctx.blob,
        hashAlgo: ctx.hashAlgo,
      }
    : { username: ctx.username, method: ctx.method };
}
