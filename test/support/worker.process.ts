import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** The worker role as its own process (the built app), so a test can kill it without warning. */
export class WorkerProcess {
  private child: ChildProcess | undefined;
  output = '';

  constructor(private readonly env: Readonly<Record<string, string>>) {}

  start(): void {
    const main = join(__dirname, '..', '..', 'dist', 'apps', 'server', 'main.js');
    this.child = spawn(process.execPath, [main, 'worker'], {
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    this.child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
  }

  /** SIGKILL: no shutdown hooks, no lock release; what a crash or an OOM kill looks like. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** SIGTERM, and SIGKILL if the worker has not stopped within `graceMs`. */
  async stop(graceMs = 10000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}
