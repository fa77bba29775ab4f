import { headerOnlyReading, InterchangeInspection } from '@app/validation';
import { nextContrlReference } from './contrl-reference';
import { quarantinedFinding } from './ingest.findings';

/**
 * The CONTRL for an interchange quarantined after `attempts` failed tries: it rejects the whole
 * interchange (code 18), naming it from its UNA and UNB alone, so the poison is not read again.
 */
export function quarantineContrlOf(bytes: Buffer, attempts: number, now = new Date()): string {
  return new InterchangeInspection(headerOnlyReading(bytes), { now }).conclude(
    [quarantinedFinding(attempts)],
    nextContrlReference(now),
  ).contrl;
}
