import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_FINDINGS } from '@app/edifact';
import fc from 'fast-check';
import { InterchangeInspection, validateInterchange } from './interchange.inspector';
import { readForInspection } from './inspection.reading';

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
  | { kind: 'truncate'; at: number }
  | { kind: 'repeat'; at: number; times: number };

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
  // One segment many times over: a UNH so repeated once made findings grow with the square.
  fc.record({
    kind: fc.constant('repeat' as const),
    at: fc.nat(),
    times: fc.integer({ min: 2, max: 3000 }),
  }),
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
    case 'repeat': {
      const start = input.lastIndexOf(0x27, at) + 1;
      const end = input.indexOf(0x27, at);
      const segment = input.subarray(start, end < 0 ? input.length : end + 1);
      // Up to about 64 KB of copies: enough to show growth faster than the input, and quick.
      const times = Math.min(m.times, Math.max(2, Math.floor((64 * 1024) / segment.length)));
      return Buffer.concat([
        input.subarray(0, start),
        ...Array.from({ length: times }, () => segment),
        input.subarray(start),
      ]);
    }
  }
}

const NOW = new Date('2026-11-28T00:00:00Z');

/**
 * Inspects and counts the work done, in units that grow with the work whatever the machine:
 * segments read, findings made (kept or not), and what the CONTRL says.
 */
function inspectCounting(input: Buffer) {
  const reading = readForInspection(input, { now: NOW, keepContent: false });
  const report = new InterchangeInspection(reading, { now: NOW }).conclude();
  const { envelope, messages, droppedRules } = reading;
  const made =
    envelope.findings.length +
    envelope.droppedFindings.syntax +
    envelope.droppedFindings.quality +
    messages.reduce((sum, m) => sum + m.rules.length, 0) +
    droppedRules.syntax +
    droppedRules.quality;
  const contrlSegments = report.contrl.split("'").length - 1;
  return {
    report,
    segments: envelope.segmentCount,
    messages: messages.length,
    made,
    contrlSegments,
  };
}

/** Findings per byte of input at most, envelope and rules together. */
const PER_BYTE = 2;
/** Findings a message may make for what it lacks (no flight, no SRC, no CNT…). */
const PER_MESSAGE = 12;

describe('validateInterchange under mutation of the corpus', () => {
  it('never throws, stays within the cap, does work linear in its input, answers a CONTRL', () => {
    const seed = Number(process.env.FUZZ_SEED ?? 20261128);
    fc.assert(
      fc.property(
        fc.nat({ max: files.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (index, mutations) => {
          const input = mutations.reduce(apply, files[index]);
          const { report, segments, messages, made, contrlSegments } = inspectCounting(input);
          expect(report.contrl).toMatch(/UNH\+[^+']+\+CONTRL:/);
          expect(['accepted', 'rejected']).toContain(report.outcome);
          expect(report.findings.length).toBeLessThanOrEqual(MAX_FINDINGS + 1);
          const listed = report.messages.reduce((sum, m) => sum + m.findings.length, 0);
          expect(listed).toBeLessThanOrEqual(report.findings.length);
          // Each segment is at least its terminator, each element at least its separator: the
          // findings made are bounded by the bytes, and by what each message lacks.
          expect(segments).toBeLessThanOrEqual(input.length + 1);
          expect(made).toBeLessThanOrEqual(PER_BYTE * input.length + PER_MESSAGE * messages + 16);
          // The CONTRL: its envelope, a UCM per message, and at most two segments a finding.
          expect(contrlSegments).toBeLessThanOrEqual(8 + messages + 2 * report.findings.length);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1500), seed },
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
