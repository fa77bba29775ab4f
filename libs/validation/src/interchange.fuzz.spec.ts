import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { validateInterchange } from './interchange.inspector';

const CORPUS = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'corpus');
const files = ['US-CBP__GTAS', 'seamustuohy__GTAS'].flatMap((dir) =>
  readdirSync(join(CORPUS, dir))
    .filter((f) => !f.startsWith('LICENSE'))
    .map((f) => readFileSync(join(CORPUS, dir, f))),
);
const SERVICE = [...":+?'*$-(.) \r\n\x01\x02\x03"].map((c) => c.charCodeAt(0));

type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'service'; at: number; pick: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({ kind: fc.constant('service' as const), at: fc.nat(), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 64 }),
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 400 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function apply(input: Buffer, m: Mutation): Buffer {
  if (input.length === 0) return input;
  const at = m.at % input.length;
  switch (m.kind) {
    case 'flip': {
      const out = Buffer.from(input);
      out[at] = m.byte;
      return out;
    }
    case 'service': {
      const out = Buffer.from(input);
      out[at] = SERVICE[m.pick % SERVICE.length];
      return out;
    }
    case 'delete':
      return Buffer.concat([input.subarray(0, at), input.subarray(at + m.length)]);
    case 'duplicate':
      return Buffer.concat([input.subarray(0, at + m.length), input.subarray(at)]);
    case 'truncate':
      return input.subarray(0, at);
  }
}

// A hang detector, not a speed test: the largest corpus file reads in milliseconds.
const HANG_LIMIT_MS = 3000;

describe('validateInterchange under mutation of the corpus', () => {
  it('never throws, never hangs, always answers with a CONTRL', () => {
    const seed = Number(process.env.FUZZ_SEED ?? 20261128);
    fc.assert(
      fc.property(
        fc.nat({ max: files.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (index, mutations) => {
          const input = mutations.reduce(apply, files[index]);
          const started = performance.now();
          const report = validateInterchange(input, { now: new Date('2026-11-28T00:00:00Z') });
          expect(performance.now() - started).toBeLessThan(HANG_LIMIT_MS);
          expect(report.contrl).toMatch(/UNH\+[^+']+\+CONTRL:/);
          expect(['accepted', 'rejected']).toContain(report.outcome);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 4000), seed },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const report = validateInterchange(Buffer.from(bytes));
        expect(report.outcome).toBe('rejected');
        expect(report.contrl).toContain('CONTRL');
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
