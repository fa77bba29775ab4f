import { resolve } from 'node:path';
import { isPlainObject } from './config-layer';

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Makes data.dir absolute (against `cwd`) and the journal file and directory destinations absolute
 * (against data.dir), before validation, so that services never depend on the process's working
 * directory. Values of the wrong type are left alone for validation to report.
 */
export function resolvePaths(
  values: Record<string, unknown>,
  cwd: string,
): Record<string, unknown> {
  const data = values.data;
  if (!isPlainObject(data) || !nonEmpty(data.dir)) {
    return values;
  }
  const dir = resolve(cwd, data.dir);
  const inDataDir = (path: unknown): unknown => (nonEmpty(path) ? resolve(dir, path) : path);
  const resolved: Record<string, unknown> = { ...values, data: { ...data, dir } };

  const journal = values.journal;
  if (isPlainObject(journal) && journal.sqliteFile !== ':memory:') {
    resolved.journal = { ...journal, sqliteFile: inDataDir(journal.sqliteFile) };
  }

  const routing = values.routing;
  if (isPlainObject(routing) && Array.isArray(routing.destinations)) {
    const destinations = routing.destinations.map((destination: unknown) =>
      isPlainObject(destination) && destination.kind === 'directory'
        ? { ...destination, path: inDataDir(destination.path) }
        : isPlainObject(destination) && destination.kind === 'sftp'
          ? { ...destination, privateKeyFile: inDataDir(destination.privateKeyFile) }
          : destination,
    );
    resolved.routing = { ...routing, destinations };
  }

  const sftp = values.sftp;
  if (isPlainObject(sftp)) {
    resolved.sftp = {
      ...sftp,
      hostKeyFile: inDataDir(sftp.hostKeyFile),
      root: inDataDir(sftp.root),
    };
  }

  const polling = values.polling;
  if (isPlainObject(polling) && Array.isArray(polling.sftp)) {
    const remotes = polling.sftp.map((remote: unknown) =>
      isPlainObject(remote)
        ? { ...remote, privateKeyFile: inDataDir(remote.privateKeyFile) }
        : remote,
    );
    resolved.polling = { ...polling, sftp: remotes };
  }
  return resolved;
}
