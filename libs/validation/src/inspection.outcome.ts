import { InspectionReading } from './inspection.reading';

/** A budget an inspection may run out of. */
export type InspectionBudget = 'time' | 'memory';

/** What inspecting one interchange gave: its reading, or why there is none. */
export type InspectionOutcome =
  | { kind: 'read'; reading: InspectionReading }
  | { kind: 'over-budget'; budget: InspectionBudget; limit: string }
  | { kind: 'failed'; error: string };
