import { Mutation, room, spliceBytes } from './mutation';

/** Bytes that mean something to the reader: separators, release, UNA's, line ends, controls. */
const SERVICE = [...":+?'*$-(.) \r\n\x01\x02\x03\x1c\x1d\x1f"].map((c) => c.charCodeAt(0));
/** Invalid UTF-8 (lone continuation, overlong, surrogate, truncated) and Latin-1 letters. */
const HIGH = [
  [0xff],
  [0xfe],
  [0x80],
  [0xc3, 0x28],
  [0xe2, 0x82],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xe9],
  [0xc4, 0xd6, 0xdc],
  [0xa0],
];
const SEPARATOR_RUNS = ["+:'", "'", '+', ':', "?'", '+:', "''+", '?'];

export const BYTE_MUTATIONS: Mutation[] = [
  {
    name: 'flip',
    weight: 10,
    apply(input, { random }) {
      const out = Buffer.from(input);
      const times = 1 + random.int(8);
      for (let i = 0; i < times && out.length > 0; i++) {
        const at = random.int(out.length);
        out[at] = random.chance(0.5) ? out[at] ^ (1 << random.int(8)) : random.int(256);
      }
      return { bytes: out, note: `flip×${times}` };
    },
  },
  {
    name: 'insert-bytes',
    weight: 6,
    apply(input, context) {
      const length = Math.min(1 + context.random.int(32), room(input, context));
      const at = context.random.int(input.length + 1);
      const bytes = Buffer.alloc(length);
      for (let i = 0; i < length; i++) bytes[i] = context.random.int(256);
      return { bytes: spliceBytes(input, at, 0, bytes), note: `insert ${length} B@${at}` };
    },
  },
  {
    name: 'delete-bytes',
    weight: 6,
    apply(input, { random }) {
      const at = random.int(input.length + 1);
      const length = 1 + random.int(64);
      return {
        bytes: spliceBytes(input, at, length, Buffer.alloc(0)),
        note: `delete ${length} B@${at}`,
      };
    },
  },
  {
    name: 'truncate',
    weight: 6,
    apply(input, { random }) {
      const at = random.int(input.length + 1);
      return { bytes: input.subarray(0, at), note: `truncate@${at}` };
    },
  },
  {
    name: 'service-character',
    weight: 8,
    apply(input, { random }) {
      const out = Buffer.from(input);
      const times = 1 + random.int(4);
      for (let i = 0; i < times && out.length > 0; i++) {
        out[random.int(out.length)] = random.pick(SERVICE);
      }
      return { bytes: out, note: `service character×${times}` };
    },
  },
  {
    name: 'separator-run',
    weight: 5,
    apply(input, context) {
      const run = context.random.pick(SEPARATOR_RUNS);
      const times = Math.min(
        context.random.scaled(5000),
        Math.floor(room(input, context) / run.length),
      );
      const at = context.random.int(input.length + 1);
      const bytes = Buffer.from(run.repeat(times), 'latin1');
      return { bytes: spliceBytes(input, at, 0, bytes), note: `"${run}"×${times}@${at}` };
    },
  },
  {
    name: 'nul-bytes',
    weight: 4,
    apply(input, context) {
      const length = Math.min(context.random.scaled(256), room(input, context));
      const at = context.random.int(input.length + 1);
      const overwrite = context.random.chance(0.5) ? Math.min(length, input.length - at) : 0;
      const bytes = spliceBytes(input, at, overwrite, Buffer.alloc(length));
      return { bytes, note: `NUL×${length}@${at}${overwrite > 0 ? ' over' : ''}` };
    },
  },
  {
    name: 'high-bytes',
    weight: 6,
    apply(input, context) {
      let out = input;
      const times = 1 + context.random.int(4);
      for (let i = 0; i < times; i++) {
        const at = context.random.int(out.length + 1);
        const replace = context.random.chance(0.5) ? Math.min(1, out.length - at) : 0;
        out = spliceBytes(out, at, replace, Buffer.from(context.random.pick(HIGH)));
      }
      return { bytes: out, note: `high bytes×${times}` };
    },
  },
];
