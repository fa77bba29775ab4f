import { Mutation, MutationContext, room } from './mutation';
import { splitSegments, tagOf } from './segment.splitter';

/** Segments whose repetition has cost something before: messages and persons. */
const REPEATED_TAGS = new Set(['UNH', 'NAD', 'TIF', 'SRC', 'UNG', 'TVL']);

/** Indices of the segments worth repeating, or all if none is. */
function repeatable(segments: Buffer[]): number[] {
  const all = segments.map((_, i) => i);
  const chosen = all.filter((i) => REPEATED_TAGS.has(tagOf(segments[i])));
  return chosen.length > 0 ? chosen : all;
}

/** Inserts `times` copies of segments [from, to) after them, within the budget. */
function repeatRun(segments: Buffer[], from: number, to: number, times: number, room: number) {
  const run = Buffer.concat(segments.slice(from, to));
  const copies = Math.min(times, Math.floor(room / Math.max(1, run.length)));
  const bytes = Buffer.concat([
    ...segments.slice(0, to),
    ...Array<Buffer>(copies).fill(run),
    ...segments.slice(to),
  ]);
  return { bytes, copies };
}

function maxCopies(context: MutationContext): number {
  return context.budget > 100_000 ? 20_000 : 1_000;
}

export const SEGMENT_MUTATIONS: Mutation[] = [
  {
    name: 'duplicate-segment',
    weight: 8,
    apply(input, { random }) {
      const segments = splitSegments(input);
      const from = random.int(segments.length);
      const to = random.int(segments.length + 1);
      segments.splice(to, 0, segments[from] ?? Buffer.alloc(0));
      return { bytes: Buffer.concat(segments), note: `duplicate segment ${from}→${to}` };
    },
  },
  {
    name: 'delete-segment',
    weight: 8,
    apply(input, { random }) {
      const segments = splitSegments(input);
      const at = random.int(segments.length);
      const count = 1 + random.int(3);
      segments.splice(at, count);
      return { bytes: Buffer.concat(segments), note: `delete segments ${at}+${count}` };
    },
  },
  {
    name: 'swap-segments',
    weight: 4,
    apply(input, { random }) {
      const segments = splitSegments(input);
      const a = random.int(segments.length);
      const b = random.int(segments.length);
      [segments[a], segments[b]] = [segments[b], segments[a]];
      return { bytes: Buffer.concat(segments), note: `swap segments ${a}↔${b}` };
    },
  },
  {
    name: 'repeat-segment',
    weight: 6,
    apply(input, context) {
      const segments = splitSegments(input);
      const { random } = context;
      const at = random.chance(0.5)
        ? random.pick(repeatable(segments))
        : random.int(segments.length);
      const times = random.scaled(maxCopies(context));
      const { bytes, copies } = repeatRun(segments, at, at + 1, times, room(input, context));
      return { bytes, note: `repeat segment ${at} (${tagOf(segments[at] ?? input)})×${copies}` };
    },
  },
  {
    name: 'repeat-block',
    weight: 4,
    apply(input, context) {
      const segments = splitSegments(input);
      const from = context.random.int(segments.length);
      const to = Math.min(segments.length, from + 1 + context.random.int(50));
      const times = context.random.scaled(maxCopies(context));
      const { bytes, copies } = repeatRun(segments, from, to, times, room(input, context));
      return { bytes, note: `repeat segments ${from}–${to - 1}×${copies}` };
    },
  },
  {
    name: 'splice',
    weight: 6,
    apply(input, { random, corpus }) {
      const other = random.pick(corpus);
      const head = splitSegments(input);
      const tail = splitSegments(other.bytes);
      const cut = random.int(head.length + 1);
      const from = random.int(tail.length + 1);
      const bytes = Buffer.concat([...head.slice(0, cut), ...tail.slice(from)]);
      return { bytes, note: `splice ${cut} | ${other.name} from ${from}` };
    },
  },
];
