import { syntaxFinding } from '@app/edifact';
import { headerOnlyReading, InterchangeInspection } from '@app/validation';
import { nextContrlReference } from './contrl-reference';

/**
 * The CONTRL for an interchange quarantined after `attempts` failed tries: it rejects the whole
 * interchange (code 18), naming it from its UNA and UNB alone, so the poison is not read again.
 */
export function quarantineContrlOf(bytes: Buffer, attempts: number, now = new Date()): string {
  const finding = syntaxFinding(
    'interchange',
    '18',
    'ingest.quarantined',
    `The interchange could not be ingested after ${attempts} attempt${attempts === 1 ? '' : 's'}; it is quarantined and was not processed. Contact the PIU.`,
    {},
  );
  return new InterchangeInspection(headerOnlyReading(bytes), { now }).conclude(
    [finding],
    nextContrlReference(now),
  ).contrl;
}
