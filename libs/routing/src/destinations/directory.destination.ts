import { randomUUID } from 'node:crypto';
import { access, mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DirectoryDestinationConfig, MultipartDelivery } from '@app/config';
import { DeliveryReceipt, DeliveryRequest } from '../delivery-request';
import { DeliveryError } from '../delivery.error';
import { Destination } from '../destination.port';
import { assertFormat } from './format-check';

export interface DirectoryDestinationOptions {
  /** The clock that picks the day folder; injectable to test a retry across midnight. */
  now?: () => Date;
}

/** Errors that say the folder is misconfigured rather than momentarily unavailable (EEXIST: a
 * file stands where a folder should be; the temporary name itself is random). */
const CONFIGURATION_ERRORS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EISDIR', 'EEXIST']);
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Writes each message to `<path>/<yyyy-mm-dd>/<messageType>-<messageId>.<edi|json>`: one stem
 * for a message's raw and JSON files, so that a reader finds one from the other.
 * The file appears whole or not at all: it is written under a hidden temporary name in the same
 * folder, flushed, then renamed.
 */
export class DirectoryDestination implements Destination {
  readonly kind = 'directory';
  readonly name: string;
  readonly format: DirectoryDestinationConfig['format'];
  readonly multipart: MultipartDelivery;
  private readonly now: () => Date;

  constructor(
    private readonly config: DirectoryDestinationConfig,
    options: DirectoryDestinationOptions = {},
  ) {
    this.name = config.name;
    this.format = config.format;
    this.multipart = config.multipart ?? 'interchange';
    this.now = options.now ?? (() => new Date());
  }

  async deliver(request: DeliveryRequest): Promise<DeliveryReceipt> {
    assertFormat(this, request);
    const extension = request.format === 'raw' ? 'edi' : 'json';
    const fileName = `${safeName(request.messageType)}-${safeName(request.messageId)}.${extension}`;
    const now = this.now();
    // A retry just after midnight must still find yesterday's file, or it would deliver twice.
    for (const day of [now, new Date(now.getTime() - DAY_MS)]) {
      const existing = join(this.config.path, dayFolder(day), fileName);
      if (await exists(existing)) return { detail: `already delivered as ${existing}` };
    }
    const folder = join(this.config.path, dayFolder(now));
    const target = join(folder, fileName);
    const temporary = join(folder, `.${fileName}.${randomUUID()}.tmp`);
    try {
      await mkdir(folder, { recursive: true });
      await writeDurably(temporary, request.body);
      await rename(temporary, target);
      await syncFolder(folder);
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
      throw new DeliveryError(
        `directory destination ${this.name}: cannot write ${target}: ${code}`,
        !CONFIGURATION_ERRORS.has(code),
        { cause: error },
      );
    }
    return { detail: `written to ${target}` };
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** UTC, so the folder does not depend on where the server runs. */
function dayFolder(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Percent-encodes (UTF-8, like encodeURIComponent) anything not plainly safe in a file name, so
 * no key can climb out of the folder and two different keys never share a file.
 */
function safeName(part: string): string {
  return part.replace(/[^A-Za-z0-9._-]/gu, (char) =>
    [...Buffer.from(char, 'utf8')]
      .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(''),
  );
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Flushed before the rename, so a crash cannot leave a complete name over incomplete bytes. */
async function writeDurably(path: string, body: Buffer): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(body);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the rename itself survive a power cut; best effort, as not every platform allows it. */
async function syncFolder(path: string): Promise<void> {
  try {
    const handle = await open(path, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // The file is complete and named; only its durability across a crash is less certain.
  }
}
