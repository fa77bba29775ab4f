import { BYTE_MUTATIONS } from './byte.mutations';
import { CorpusFile } from './fuzz-corpus.loader';
import { Mutation, MutationContext } from './mutation';
import { SeededRandom } from './seeded.random';
import { SEGMENT_MUTATIONS } from './segment.mutations';
import { SERVICE_CHARACTER_MUTATIONS } from './service-character.mutations';

/** Most inputs: at most 60 KB, from the corpus files that size or smaller. */
export const SMALL_BUDGET = 60 * 1024;
/** A few: up to 1 MB, from any corpus file, grown by repeating a run of segments first. */
export const LARGE_BUDGET = 1024 * 1024;
export const LARGE_SHARE = 0.01;

const MUTATIONS: Mutation[] = [
  ...BYTE_MUTATIONS,
  ...SEGMENT_MUTATIONS,
  ...SERVICE_CHARACTER_MUTATIONS,
];
const TOTAL_WEIGHT = MUTATIONS.reduce((sum, m) => sum + m.weight, 0);
const GROW = SEGMENT_MUTATIONS.find((m) => m.name === 'repeat-block') as Mutation;

export interface FuzzInput {
  index: number;
  bytes: Buffer;
  /** The corpus file and the mutations applied to it, in order. */
  recipe: string;
}

/** Makes input `index` of a run from the run's seed alone: the same bytes in any thread. */
export class InterchangeMutator {
  private readonly small: CorpusFile[];

  constructor(
    private readonly corpus: readonly CorpusFile[],
    private readonly seed: number,
  ) {
    this.small = corpus.filter((f) => f.bytes.length <= SMALL_BUDGET);
  }

  make(index: number): FuzzInput {
    const random = SeededRandom.forInput(this.seed, index);
    const large = random.chance(LARGE_SHARE);
    const pool = large ? this.corpus : this.small;
    const context: MutationContext = {
      random,
      budget: large ? LARGE_BUDGET : SMALL_BUDGET,
      corpus: pool,
    };
    const base = random.pick(pool);
    let bytes = base.bytes;
    const notes = [base.name];
    const steps = random.chance(0.6) ? 1 : 2 + random.int(3);
    for (let step = 0; step < steps; step++) {
      const mutation = large && step === 0 ? GROW : pick(random);
      const mutated = mutation.apply(bytes, context);
      bytes = mutated.bytes.subarray(0, context.budget);
      notes.push(mutated.note);
    }
    return { index, bytes, recipe: notes.join(' → ') };
  }
}

function pick(random: SeededRandom): Mutation {
  let left = random.int(TOTAL_WEIGHT);
  for (const mutation of MUTATIONS) {
    left -= mutation.weight;
    if (left < 0) return mutation;
  }
  return MUTATIONS[MUTATIONS.length - 1];
}
