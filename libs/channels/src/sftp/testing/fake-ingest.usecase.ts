import { IngestInterchange, IngestInterchangeCommand, IngestResult } from '@app/ingest';

/** Records what the server ingests; can fail like an outage, or hold until released. */
export class FakeIngestUseCase implements IngestInterchange {
  readonly commands: IngestInterchangeCommand[] = [];
  outage = false;
  private held: Array<() => void> | undefined;
  private holds: (command: IngestInterchangeCommand) => boolean = () => true;

  /** From now on, ingests (those `which` picks) wait until `release()`. */
  hold(which: (command: IngestInterchangeCommand) => boolean = () => true): void {
    this.held = [];
    this.holds = which;
  }

  release(): void {
    const waiting = this.held ?? [];
    this.held = undefined;
    for (const go of waiting) go();
  }

  async execute(command: IngestInterchangeCommand): Promise<IngestResult> {
    this.commands.push(command);
    if (this.held && this.holds(command)) await new Promise<void>((go) => this.held?.push(go));
    if (this.outage) throw new Error('journal is down');
    const n = this.commands.length;
    const contrl = `UNA:+.? 'CONTRL ${n} \u00e9'`;
    return {
      interchangeId: `ix${n}`,
      outcome: 'accepted',
      contrl,
      report: { contrl } as IngestResult['report'],
    };
  }
}
