import { Kysely, Selectable } from 'kysely';
import { Database, EventsTable } from '../database/database';
import {
  EventDetail,
  EventOf,
  JournalEvent,
  NewJournalEvent,
  SubjectStates,
  SubjectType,
} from '../model/journal-event';
import { chunks } from '../support/chunks';
import { fromIsoTime, isoTime } from '../support/journal-time';

/** Subjects to read events for, by kind. */
export type EventSubjects = Partial<Record<SubjectType, readonly string[]>>;

/** Every change of state, one row each, so any subject's story can be read back in order. */
export class EventRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Appends events in the order given; that order breaks ties between equal times. */
  async append(...events: NewJournalEvent[]): Promise<void> {
    for (const batch of chunks(events)) {
      await this.db
        .insertInto('events')
        .values(
          batch.map((e) => ({
            subject_type: e.subjectType,
            subject_id: e.subjectId,
            state: e.state,
            detail: e.detail === undefined ? null : JSON.stringify(e.detail),
            at: isoTime(e.at),
          })),
        )
        .execute();
    }
  }

  /** One subject's events, oldest first. */
  async eventsFor<S extends SubjectType>(subjectType: S, subjectId: string): Promise<EventOf<S>[]> {
    const events = await this.eventsAbout({ [subjectType]: [subjectId] });
    return events as EventOf<S>[];
  }

  /** The events of several subjects merged into one timeline, oldest first. */
  async eventsAbout(subjects: EventSubjects): Promise<JournalEvent[]> {
    const wanted = Object.entries(subjects).filter(
      (entry): entry is [string, readonly string[]] =>
        entry[1] !== undefined && entry[1].length > 0,
    );
    if (wanted.length === 0) return [];
    const rows = await this.db
      .selectFrom('events')
      .selectAll()
      .where((eb) =>
        eb.or(
          wanted.map(([type, ids]) =>
            eb.and([eb('subject_type', '=', type as SubjectType), eb('subject_id', 'in', ids)]),
          ),
        ),
      )
      .orderBy('at')
      .orderBy('id')
      .execute();
    return rows.map(toEvent);
  }

  /**
   * How many times subjects of one kind entered each state. Events are only ever appended, so
   * these only grow: right for Prometheus counters, which a current-state count would not be.
   */
  async countByState<S extends SubjectType>(
    subjectType: S,
  ): Promise<Partial<Record<SubjectStates[S], number>>> {
    const rows = await this.db
      .selectFrom('events')
      .select((eb) => ['state', eb.fn.countAll<number | string | bigint>().as('n')])
      .where('subject_type', '=', subjectType)
      .groupBy('state')
      .execute();
    const counts: Partial<Record<SubjectStates[S], number>> = {};
    // The state was written from a typed event of this subject type; PostgreSQL counts are text.
    for (const row of rows) counts[row.state as SubjectStates[S]] = Number(row.n);
    return counts;
  }
}

function toEvent(row: Selectable<EventsTable>): JournalEvent {
  // The row's state was written from a typed NewJournalEvent of the same subject type.
  return {
    id: row.id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    state: row.state,
    detail: row.detail === null ? null : (JSON.parse(row.detail) as EventDetail),
    at: fromIsoTime(row.at),
  } as JournalEvent;
}
