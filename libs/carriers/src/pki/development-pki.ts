import { createPrivateKey, randomBytes, X509Certificate } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import {
  createDevelopmentCa,
  DEMO_CARRIER,
  issueCarrierCertificate,
  issueServerCertificate,
} from './development-certificates';
import { withDirectoryLock } from './directory.lock';
import { CarrierIdentity, IssuedCertificate, PkiMaterial, StoredCertificate } from './pki-material';

/** Certificates this close to expiry are replaced rather than reused. */
const RENEW_BEFORE_MS = 7 * 24 * 60 * 60 * 1000;

/** Writes aside and renames, so a reader never sees half a file and a key is 0600 from birth. */
async function writeAtomically(file: string, content: string, mode: number): Promise<void> {
  const draft = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(draft, content, { mode });
  await rename(draft, file);
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
}

/** Usable: parses, holds the matching key, is current, and (for a leaf) is signed by `ca`. */
function isUsable(pair: IssuedCertificate, ca?: IssuedCertificate): boolean {
  try {
    const cert = new X509Certificate(pair.certPem);
    const current = Date.parse(cert.validTo) - RENEW_BEFORE_MS > Date.now();
    const signed =
      ca === undefined ? cert.ca : cert.verify(new X509Certificate(ca.certPem).publicKey);
    return current && signed && cert.checkPrivateKey(createPrivateKey(pair.keyPem));
  } catch {
    return false;
  }
}

/**
 * The development PKI: a CA, the gateway's localhost certificate and the demo carrier's client
 * certificate, created on first use and reused after. Not for production, where the PIU's own
 * CA issues the certificates.
 */
export class DevelopmentPki {
  /** Per directory, so two modules of one process that ask at once share one generation. */
  private static readonly pending = new Map<string, Promise<PkiMaterial>>();

  /** Where ensure keeps the PKI by default. */
  static defaultDir(dataDir: string): string {
    return join(dataDir, 'pki');
  }

  /**
   * Creates what is missing or unusable under `dir` (ca.crt/.key, server.crt/.key,
   * carriers/<id>.crt/.key; keys 0600) and returns all of it. A new CA re-issues the others.
   */
  static ensure(dir: string, demoCarrier: CarrierIdentity = DEMO_CARRIER): Promise<PkiMaterial> {
    const root = resolve(dir);
    const running = DevelopmentPki.pending.get(root);
    if (running !== undefined) {
      return running;
    }
    const work = withDirectoryLock(root, () => DevelopmentPki.create(root, demoCarrier)).finally(
      () => DevelopmentPki.pending.delete(root),
    );
    DevelopmentPki.pending.set(root, work);
    return work;
  }

  private static async create(dir: string, demo: CarrierIdentity): Promise<PkiMaterial> {
    const ca = await DevelopmentPki.reuseOrIssue(dir, 'ca', undefined, createDevelopmentCa);
    const server = await DevelopmentPki.reuseOrIssue(dir, 'server', ca, () =>
      issueServerCertificate(ca),
    );
    const carrier = await DevelopmentPki.reuseOrIssue(dir, join('carriers', demo.id), ca, () =>
      issueCarrierCertificate({ ca }, demo.id, demo.name),
    );
    return { dir, ca, server, carriers: { [demo.id]: carrier } };
  }

  private static async reuseOrIssue(
    dir: string,
    name: string,
    ca: IssuedCertificate | undefined,
    issue: () => IssuedCertificate,
  ): Promise<StoredCertificate> {
    const certPath = join(dir, `${name}.crt`);
    const keyPath = join(dir, `${name}.key`);
    const [certPem, keyPem] = await Promise.all([readIfPresent(certPath), readIfPresent(keyPath)]);
    if (certPem !== undefined && keyPem !== undefined && isUsable({ certPem, keyPem }, ca)) {
      return { certPem, keyPem, certPath, keyPath };
    }
    const issued = issue();
    await mkdir(dirname(certPath), { recursive: true });
    await writeAtomically(keyPath, issued.keyPem, 0o600);
    await writeAtomically(certPath, issued.certPem, 0o644);
    return { ...issued, certPath, keyPath };
  }
}
