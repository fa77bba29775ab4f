import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const RETRY_MS = 50;
const WAIT_MS = 30_000;
/** A lock this old was left by a process that died; generating a PKI takes a second or two. */
const STALE_MS = 60_000;

function isErrno(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException).code === code;
}

/**
 * Runs `work` while holding `<dir>/.lock` (mkdir is atomic), so that two processes starting at
 * once (gateway and console) do not both create a CA and leave each other's certificates unsigned.
 */
export async function withDirectoryLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const lock = join(dir, '.lock');
  await mkdir(dir, { recursive: true });
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if (!isErrno(error, 'EEXIST')) {
        throw error;
      }
      const since = await stat(lock).then(
        (s) => s.mtimeMs,
        () => undefined,
      );
      if (since !== undefined && Date.now() - since > STALE_MS) {
        await rm(lock, { recursive: true, force: true });
      } else if (Date.now() > deadline) {
        throw new Error(`${lock} is held by another process; remove it if none is running`);
      } else {
        await sleep(RETRY_MS);
      }
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}
