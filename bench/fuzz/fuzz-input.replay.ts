import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeFailure } from './failure.announcer';
import { InputProbe } from './fuzz-input.probe';
import { FuzzOptions } from './fuzz-options.parser';
import { InterchangeMutator } from './interchange.mutator';

/** `--replay INDEX`: makes that input of the seed's run, writes it out, inspects it once. */
export function replayInput(
  options: FuzzOptions,
  mutator: InterchangeMutator,
  index: number,
): number {
  const input = mutator.make(index);
  const out = options.out ?? join(tmpdir(), `paxgate-fuzz-${options.seed}-${index}.edi`);
  writeFileSync(out, input.bytes);
  console.log(
    `seed ${options.seed} input #${index}: ${input.bytes.length} bytes, written to ${out}`,
  );
  console.log(`recipe: ${input.recipe}`);
  const probed = new InputProbe(options).probe(input);
  console.log(`${probed.outcome}, ${probed.findings} findings, ${probed.ms.toFixed(1)} ms`);
  for (const failure of probed.failures) console.error(describeFailure(failure, options.seed));
  return probed.failures.length === 0 ? 0 : 1;
}
