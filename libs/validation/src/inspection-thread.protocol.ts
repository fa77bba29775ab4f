import { InspectionReading } from './inspection.reading';

/** What an inspection thread is started with (`workerData`). */
export interface InspectionThreadData {
  paxgateRole: 'inspection';
}

/** One interchange to read; the bytes' buffer is transferred, not copied. */
export interface InspectionRequest {
  id: number;
  bytes: Uint8Array;
  /** The receipt time, in ms since the epoch: two-digit years take their century from it. */
  now: number;
}

export type InspectionReply =
  | { id: number; kind: 'read'; reading: InspectionReading }
  | { id: number; kind: 'failed'; error: string };
