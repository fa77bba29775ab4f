import { CorpusFile } from './fuzz-corpus.loader';
import { SeededRandom } from './seeded.random';

export interface MutationContext {
  random: SeededRandom;
  /** The most bytes an input may have (60 KB for most, 1 MB for a few). */
  budget: number;
  /** The files a splice may take its second half from. */
  corpus: readonly CorpusFile[];
}

export interface Mutated {
  bytes: Buffer;
  /** What was done, for the recipe of the input (the seed and index make it again). */
  note: string;
}

/** One way to damage an interchange; `weight` is its share of the draws. */
export interface Mutation {
  name: string;
  weight: number;
  apply(input: Buffer, context: MutationContext): Mutated;
}

/** `input` with `remove` bytes at `at` replaced by `insert`. */
export function spliceBytes(input: Buffer, at: number, remove: number, insert: Buffer): Buffer {
  return Buffer.concat([input.subarray(0, at), insert, input.subarray(at + remove)]);
}

/** How many more bytes the input may take. */
export function room(input: Buffer, context: MutationContext): number {
  return Math.max(0, context.budget - input.length);
}
