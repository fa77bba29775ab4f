import { Injectable } from '@nestjs/common';
import { SftpRemoteConfig } from '@app/config';
import { readFile } from 'node:fs/promises';
import SftpClient from 'ssh2-sftp-client';
import { SftpRemoteConnector, SftpRemoteSession } from './sftp-remote.port';
import { Ssh2SftpRemoteSession } from './ssh2-sftp-remote.session';
import { sshHostKeyMatches } from '@app/routing';

/** ssh2-sftp-client logs to the console unless given its own listeners; errors reach us anyway. */
const QUIET: SftpClient.Callbacks = {
  error: () => undefined,
  end: () => undefined,
  close: () => undefined,
};

/** Logs into a remote with its private key (ssh2-sftp-client), checking the host key if pinned. */
@Injectable()
export class Ssh2SftpRemoteConnector implements SftpRemoteConnector {
  async open(remote: SftpRemoteConfig): Promise<SftpRemoteSession> {
    const privateKey = await readFile(remote.privateKeyFile);
    const client = new SftpClient(`paxgate-poll-${remote.name}`, QUIET);
    let refusedHostKey = false;
    const pinned = remote.hostKeySha256;
    try {
      await client.connect({
        host: remote.host,
        port: remote.port,
        username: remote.username,
        privateKey,
        readyTimeout: 10_000,
        keepaliveInterval: 10_000,
        keepaliveCountMax: 3,
        ...(pinned === undefined
          ? {}
          : {
              hostVerifier: (key: Buffer): boolean => {
                refusedHostKey = !sshHostKeyMatches(pinned, key);
                return !refusedHostKey;
              },
            }),
      });
    } catch (error) {
      await client.end().catch(() => undefined);
      if (refusedHostKey) {
        throw new Error(`the host key of ${remote.host}:${remote.port} is not SHA256:${pinned}`, {
          cause: error,
        });
      }
      throw error;
    }
    return new Ssh2SftpRemoteSession(client);
  }
}
