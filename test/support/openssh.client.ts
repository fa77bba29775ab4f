import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program without blocking the event loop (paxgate's SFTP server runs in the test's process). */
export function run(program: string, args: string[], input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    // A program that exits without reading its input (ssh-keygen -l) closes the pipe first: the
    // write then fails with EPIPE, which says nothing about the run. Its exit status does.
    child.stdin.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') reject(error);
    });
    if (input === undefined) child.stdin.end();
    else child.stdin.end(input);
  });
}

/** A fresh ed25519 key pair at `<dir>/<name>` (and `.pub`), as a carrier would make one. */
export async function makeSshKey(dir: string, name: string): Promise<string> {
  const path = join(dir, name);
  const made = await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path]);
  if (made.code !== 0) throw new Error(`ssh-keygen failed: ${made.stderr}`);
  return path;
}

/**
 * One OpenSSH `sftp -b` session as `user` on loopback: each batch stops at its first failing
 * command with exit status 1. The batch file is written in `workDir`.
 */
export async function sftpBatch(options: {
  workDir: string;
  key: string;
  port: number;
  user: string;
  commands: readonly string[];
}): Promise<Run> {
  const batch = join(options.workDir, `batch-${randomBytes(6).toString('hex')}`);
  await writeFile(batch, `${options.commands.join('\n')}\n`);
  return run('/usr/bin/sftp', [
    '-b',
    batch,
    '-i',
    options.key,
    '-P',
    String(options.port),
    '-o',
    'StrictHostKeyChecking=no',
    '-o',
    'UserKnownHostsFile=/dev/null',
    '-o',
    'BatchMode=yes',
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    'LogLevel=ERROR',
    `${options.user}@127.0.0.1`,
  ]);
}
