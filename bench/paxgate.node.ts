/**
 * One paxgate process of the e2e bench: started by the bench (a fork of its own bundle with
 * `--paxgate-node <roles>`), configured through the environment the bench gives it, it reports
 * where it listens and stops when told.
 */
import { PkiMaterial } from '@app/carriers';
import { loadConfig } from '@app/config';
import { launchPaxgate, Role } from '../apps/server/src/launch/paxgate.launcher';

export const NODE_FLAG = '--paxgate-node';

export type NodeReport =
  { kind: 'ready'; gatewayUrl?: string; pki?: PkiMaterial } | { kind: 'failed'; error: string };

export async function runPaxgateNode(roles: Role[]): Promise<void> {
  const send = (report: NodeReport): void => {
    process.send?.(report);
  };
  try {
    const launched = await launchPaxgate(loadConfig(), roles, {
      logger: ['error'],
      // As `npm start` does: the worker role and the inspections run in threads of their own.
      threadScript: process.argv[1],
    });
    let closing: Promise<void> | undefined;
    // Told to stop, or orphaned by a bench that died: close, then leave.
    const stop = (): void => {
      closing ??= launched.close().finally(() => process.exit());
    };
    process.on('message', (message) => message === 'stop' && stop());
    process.on('disconnect', stop);
    send({ kind: 'ready', gatewayUrl: launched.gatewayUrl, pki: launched.pki });
  } catch (error) {
    send({ kind: 'failed', error: String(error) });
    process.exitCode = 1;
    process.disconnect();
  }
}
