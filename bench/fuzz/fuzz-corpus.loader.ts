import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface CorpusFile {
  /** Path under the repository, for the recipe of an input. */
  name: string;
  bytes: Buffer;
}

const CORPUS = 'test/fixtures/corpus';
const SAMPLES = 'config/samples';

/**
 * The interchanges the fuzz bench mutates: the third-party corpus (less its licences and
 * manifest) and the sample interchanges, sorted by name so that every thread and every machine
 * numbers them alike.
 */
export function loadFuzzCorpus(root: string): CorpusFile[] {
  const corpus = readdirSync(join(root, CORPUS), { recursive: true, encoding: 'utf8' })
    .map((path) => join(CORPUS, path))
    .filter((path) => statSync(join(root, path)).isFile())
    .filter((path) => !basename(path).startsWith('LICENSE') && basename(path) !== 'MANIFEST.tsv');
  const samples = readdirSync(join(root, SAMPLES))
    .filter((name) => name.endsWith('.edi'))
    .map((name) => join(SAMPLES, name));
  return [...corpus, ...samples]
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(root, name)) }));
}
