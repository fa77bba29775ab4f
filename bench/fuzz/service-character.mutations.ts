import { Mutation } from './mutation';
import { DEFAULT_UNA_CHARACTERS, serviceCharactersOf } from './segment.splitter';

/** Characters an airline could declare in its UNA, and a few it should not. */
const CANDIDATES = [...":+?'*|^~!#\x1c\x1d\x1f\n. "].map((c) => c.charCodeAt(0));

function una(characters: Buffer): Buffer {
  return Buffer.concat([Buffer.from('UNA', 'latin1'), characters]);
}

/** The input without its UNA, if it has one. */
function bodyOf(input: Buffer): Buffer {
  return input.subarray(0, 3).toString('latin1') === 'UNA' ? input.subarray(9) : input;
}

export const SERVICE_CHARACTER_MUTATIONS: Mutation[] = [
  {
    // Two of the UNA's characters exchanged, the segments left as they were.
    name: 'una-swap',
    weight: 3,
    apply(input, { random }) {
      const characters = Buffer.from(serviceCharactersOf(input));
      const a = random.int(6);
      const b = random.int(6);
      [characters[a], characters[b]] = [characters[b], characters[a]];
      return { bytes: Buffer.concat([una(characters), bodyOf(input)]), note: `UNA swap ${a}↔${b}` };
    },
  },
  {
    // New separators, declared and used throughout (the same interchange, other characters).
    name: 'una-reseparate',
    weight: 3,
    apply(input, { random }) {
      const old = serviceCharactersOf(input);
      const fresh = Buffer.from(old);
      for (const at of [0, 1, 3, 5]) if (random.chance(0.6)) fresh[at] = random.pick(CANDIDATES);
      const map = new Map<number, number>();
      for (const at of [0, 1, 3, 5]) map.set(old[at], fresh[at]);
      const body = Buffer.from(bodyOf(input));
      for (let i = 0; i < body.length; i++) body[i] = map.get(body[i]) ?? body[i];
      const note = `UNA ${JSON.stringify(fresh.toString('latin1'))}`;
      return { bytes: Buffer.concat([una(fresh), body]), note };
    },
  },
  {
    // The UNA removed, or a second one put in front.
    name: 'una-drop-or-double',
    weight: 2,
    apply(input, { random }) {
      if (random.chance(0.5)) return { bytes: bodyOf(input), note: 'UNA dropped' };
      const doubled = Buffer.concat([una(DEFAULT_UNA_CHARACTERS), input]);
      return { bytes: doubled, note: 'UNA doubled' };
    },
  },
];
