import { Finding, syntaxFinding } from '@app/edifact';
import { InspectionOutcome } from '@app/validation';
import { IngestInterchangeCommand } from './ingest-interchange.command';

// What only the gateway can say about an interchange, beside what the standards say.

/** A body cut at the channel's limit: only its head was kept, and is rejected as a whole (18). */
export function sizeFindings({ oversize }: IngestInterchangeCommand): Finding[] {
  if (oversize === undefined) return [];
  const { size, limit } = oversize;
  const what = size === undefined ? 'over' : `${size} bytes, over`;
  return [
    syntaxFinding(
      'interchange',
      '18',
      'gateway.size',
      `The interchange is ${what} this channel's limit of ${limit} bytes; only its first ${limit} bytes were kept.`,
      size === undefined ? { tag: 'UNB' } : { tag: 'UNB', value: String(size) },
    ),
  ];
}

/** A UNB sender the authenticated carrier (or client) may not use (23). */
export function senderFinding(carrierId: string | undefined, senderId: string): Finding {
  const who = carrierId === undefined ? 'an unidentified client' : `carrier '${carrierId}'`;
  return syntaxFinding(
    'interchange',
    '23',
    'gateway.sender',
    `Interchange sender '${senderId}' is not registered for ${who}.`,
    { tag: 'UNB', element: 2, component: 1, value: senderId },
  );
}

/** An interchange received before (26): journaled, answered, not routed again. */
export function duplicateFinding(earlierId: string, reference: string): Finding {
  return syntaxFinding(
    'interchange',
    '26',
    'gateway.duplicate',
    `Interchange '${reference}' was received before (journal id ${earlierId}); it is not routed again.`,
    { tag: 'UNB', element: 5, component: 1, value: reference },
  );
}

/** Why an interchange was not inspected, when it was not: it is rejected as a whole (18). */
export function uninspectedFindings(outcome: InspectionOutcome): Finding[] {
  switch (outcome.kind) {
    case 'read':
      return [];
    case 'over-budget':
      return [
        syntaxFinding(
          'interchange',
          '18',
          `inspection.budget.${outcome.budget}`,
          `The inspection was stopped: it needed more than its ${outcome.budget} budget of ${outcome.limit}. ` +
            'The interchange is kept, not checked; send it again in smaller interchanges.',
          { tag: 'UNB' },
        ),
      ];
    case 'failed':
      return [
        syntaxFinding(
          'interchange',
          '18',
          'inspection.failed',
          `The interchange could not be inspected (${outcome.error}); it is kept, not checked. Contact the PIU.`,
          { tag: 'UNB' },
        ),
      ];
  }
}

/** A file or message quarantined after `attempts` failed tries: rejected as a whole (18). */
export function quarantinedFinding(attempts: number): Finding {
  return syntaxFinding(
    'interchange',
    '18',
    'ingest.quarantined',
    `The interchange could not be ingested after ${attempts} attempt${attempts === 1 ? '' : 's'}; it is quarantined and was not processed. Contact the PIU.`,
    {},
  );
}
