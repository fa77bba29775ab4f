import { DeliveryStatus } from './delivery';
import { InterchangeOutcome } from './interchange';
import { MessageStatus } from './message';

/** 'inbound': a file or message taken in that never became an interchange (quarantined). */
export type SubjectType = 'interchange' | 'message' | 'delivery' | 'inbound';

/** Small, flat facts about a change of state; kept flat so every reader can show them. */
export type EventDetail = Readonly<Record<string, string | number | boolean | null>>;

/** The states each kind of subject can be recorded in. */
export interface SubjectStates {
  interchange: 'received' | InterchangeOutcome;
  message: 'received' | MessageStatus;
  delivery: DeliveryStatus;
  inbound: 'quarantined';
}

/** A change of state to record; one row per change, so a subject's story can be read back. */
export type NewJournalEvent = {
  [S in SubjectType]: {
    subjectType: S;
    subjectId: string;
    state: SubjectStates[S];
    detail?: EventDetail;
    /** When it happened; now unless the caller knows better (e.g. the time bytes arrived). */
    at?: Date;
  };
}[SubjectType];

export type JournalEvent = {
  [S in SubjectType]: {
    id: number;
    subjectType: S;
    subjectId: string;
    state: SubjectStates[S];
    detail: EventDetail | null;
    at: Date;
  };
}[SubjectType];

/** The events of one kind of subject, narrowed by that kind. */
export type EventOf<S extends SubjectType> = Extract<JournalEvent, { subjectType: S }>;
