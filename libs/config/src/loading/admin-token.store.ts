import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ADMIN_TOKEN_FILE = 'admin-token';
const MIN_LENGTH = 16;

/**
 * The console's admin token when none is configured: generated once, kept in the data directory
 * (owner-only) so that a newcomer can read it and every later start uses the same one.
 */
export class AdminTokenStore {
  constructor(private readonly dataDir: string) {}

  get file(): string {
    return join(this.dataDir, ADMIN_TOKEN_FILE);
  }

  readOrCreate(): string {
    return this.read() ?? this.create();
  }

  private read(): string | undefined {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return undefined;
      }
      throw error;
    }
    const token = text.trim();
    if (token.length < MIN_LENGTH) {
      throw new Error(
        `${this.file} must hold a token of at least ${MIN_LENGTH} characters; delete it to have one generated`,
      );
    }
    return token;
  }

  private create(): string {
    mkdirSync(this.dataDir, { recursive: true });
    const token = randomBytes(32).toString('base64url');
    // Written aside and linked into place: a concurrent start sees no file or a whole one, and
    // link fails rather than overwrite a token another process has just created.
    const draft = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(draft, `${token}\n`, { mode: 0o600 });
    try {
      linkSync(draft, this.file);
      return token;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        return this.readOrCreate();
      }
      throw error;
    } finally {
      rmSync(draft, { force: true });
    }
  }
}
