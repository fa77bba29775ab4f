import { ValidationReport } from '@app/validation';

export type IngestOutcome = 'accepted' | 'rejected' | 'duplicate';

/** The answer a channel sends back, available only once the journal has committed. */
export interface IngestResult {
  interchangeId: string;
  outcome: IngestOutcome;
  duplicateOf?: string;
  /** The CONTRL interchange for the carrier. */
  contrl: string;
  report: ValidationReport;
}
