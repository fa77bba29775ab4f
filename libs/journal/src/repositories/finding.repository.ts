import type { FindingLocation } from '@app/edifact';
import { Kysely, Selectable } from 'kysely';
import { Database, FindingsTable } from '../database/database';
import { JournalFinding } from '../model/finding';
import { chunks } from '../support/chunks';

/** Findings against interchanges and their messages, kept in the order ingest raised them. */
export class FindingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Stores one interchange's findings; their order here is the order they are read back in. */
  async insertMany(findings: readonly JournalFinding[]): Promise<void> {
    const rows = findings.map(toRow);
    for (const batch of chunks(rows)) {
      await this.db.insertInto('findings').values(batch).execute();
    }
  }

  async listForInterchange(interchangeId: string): Promise<JournalFinding[]> {
    const rows = await this.db
      .selectFrom('findings')
      .selectAll()
      .where('interchange_id', '=', interchangeId)
      .orderBy('position')
      .execute();
    return rows.map(toFinding);
  }
}

function toRow(f: JournalFinding, position: number): Selectable<FindingsTable> {
  return {
    id: f.id,
    interchange_id: f.interchangeId,
    message_id: f.messageId,
    position,
    kind: f.kind,
    level: f.level,
    code: f.code,
    rule: f.rule,
    text: f.text,
    location: JSON.stringify(f.location),
  };
}

function toFinding(row: Selectable<FindingsTable>): JournalFinding {
  return {
    id: row.id,
    interchangeId: row.interchange_id,
    messageId: row.message_id,
    kind: row.kind,
    level: row.level,
    code: row.code,
    rule: row.rule,
    text: row.text,
    location: JSON.parse(row.location) as FindingLocation,
  };
}
