import { ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const CLI = join(__dirname, '..', '..', 'dist', 'apps', 'cli', 'main.js');

/**
 * `paxgate start` as the built program runs it (inspection threads and the worker role's thread
 * included), in a process of its own: a test can read its memory and see whether it survived.
 */
export class PaxgateChildProcess {
  output = '';
  gatewayUrl = '';
  consoleUrl = '';

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
  }

  /** Starts it and waits for the banner (or fails with what it printed). */
  static async start(env: Readonly<Record<string, string>>): Promise<PaxgateChildProcess> {
    const child = spawn(process.execPath, [CLI, 'start'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = new PaxgateChildProcess(child);
    await new Promise<void>((resolve, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`paxgate exited (${code}) before its banner:\n${started.output}`));
      child.once('exit', onExit);
      const onData = () => {
        const gateway = /carriers \(mutual TLS\): (https:\/\/\S+)\/v1\/interchanges/.exec(
          started.output,
        );
        const console = /status API: (http:\/\/\S+)\/v1\/interchanges/.exec(started.output);
        if (gateway === null || console === null) return;
        started.gatewayUrl = gateway[1];
        started.consoleUrl = console[1];
        child.stdout?.off('data', onData);
        child.off('exit', onExit);
        resolve();
      };
      child.stdout?.on('data', onData);
    });
    return started;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resident memory of the whole process (every thread), in bytes. */
  async rss(): Promise<number> {
    const status = await readFile(`/proc/${this.child.pid}/status`, 'latin1');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status);
    if (kb === null) throw new Error('no VmRSS in /proc status');
    return Number(kb[1]) * 1024;
  }

  /** SIGTERM, and SIGKILL if it has not stopped within `graceMs`. */
  async stop(graceMs = 15000): Promise<void> {
    if (!this.alive) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}
