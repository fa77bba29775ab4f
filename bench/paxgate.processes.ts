import { PkiMaterial } from '@app/carriers';
import { Role } from '../apps/server/src/launch/paxgate.launcher';
import { ChildProcess, fork } from 'node:child_process';
import { NODE_FLAG, NodeReport } from './paxgate.node';
import { processCpuMs } from './process-cpu.reader';

/**
 * What `npm start`, `start:gateway` and `start:worker` give node: a young generation of 64 MB.
 * paxgate makes many short-lived objects per message; with the default (16 MB) more of them
 * outlive a scavenge and cost a full collection later.
 */
const NODE_ARGS = ['--max-semi-space-size=64'];

/**
 * The paxgate processes a bench run measures, each a fork of the bench bundle running some
 * roles. Kept apart from the bench's own clients so that their CPU is paxgate's alone.
 */
export class PaxgateProcesses {
  gatewayUrl?: string;
  pki?: PkiMaterial;
  private readonly children: ChildProcess[] = [];

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  /** Starts one process per entry, in order, each after the one before reports ready. */
  async start(layout: Role[][]): Promise<void> {
    for (const roles of layout) {
      const child = fork(process.argv[1], [NODE_FLAG, roles.join(',')], {
        env: this.env,
        execArgv: [...process.execArgv, ...NODE_ARGS],
      });
      this.children.push(child);
      const report = await new Promise<NodeReport>((resolve, reject) => {
        child.once('message', (m) => resolve(m as NodeReport));
        child.once('exit', (code) => reject(new Error(`${roles.join(',')} exited (${code})`)));
      });
      if (report.kind === 'failed') throw new Error(`${roles.join(',')}: ${report.error}`);
      this.gatewayUrl ??= report.gatewayUrl;
      this.pki ??= report.pki;
    }
  }

  /** CPU time (user + system) each process has used so far, in ms, in the order started. */
  cpuMs(): number[] {
    return this.children.map((child) => processCpuMs(child.pid as number));
  }

  /** Stops them in reverse order (gateway before worker), waiting for each to exit. */
  async stop(): Promise<void> {
    for (const child of [...this.children].reverse()) {
      if (child.exitCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      await exited;
    }
  }
}
