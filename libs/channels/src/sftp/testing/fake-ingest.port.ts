import { SftpIngestPort, SftpIngestReceipt, SftpUpload } from '../sftp-ingest.port';

/** Records what the server ingests; can fail like an outage, or hold until released. */
export class FakeIngestPort implements SftpIngestPort {
  readonly uploads: SftpUpload[] = [];
  outage = false;
  private held: Array<() => void> | undefined;
  private holds: (upload: SftpUpload) => boolean = () => true;

  /** From now on, ingests (those `which` picks) wait until `release()`. */
  hold(which: (upload: SftpUpload) => boolean = () => true): void {
    this.held = [];
    this.holds = which;
  }

  release(): void {
    const waiting = this.held ?? [];
    this.held = undefined;
    for (const go of waiting) go();
  }

  async ingest(upload: SftpUpload): Promise<SftpIngestReceipt> {
    this.uploads.push(upload);
    if (this.held && this.holds(upload)) await new Promise<void>((go) => this.held?.push(go));
    if (this.outage) throw new Error('journal is down');
    const n = this.uploads.length;
    return { interchangeId: `ix${n}`, outcome: 'accepted', contrl: `UNA:+.? 'CONTRL ${n} \u00e9'` };
  }
}
