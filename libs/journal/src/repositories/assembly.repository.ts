import { timeOrderedId } from '../support/time-ordered-id';
import { Kysely, Selectable, sql } from 'kysely';
import { AssembliesTable, Database } from '../database/database';
import { inTransaction } from '../database/in-transaction';
import { journalDialect } from '../database/journal-dialect';
import {
  Assembly,
  AssemblyFinding,
  AssemblyKey,
  AssemblyPart,
  AssemblyStatus,
  missingParts,
  OfferedPart,
  PartAdmission,
} from '../model/assembly';
import { fromIsoTime, isoTime, toFlag } from '../support/journal-time';

type AssemblyRow = Selectable<AssembliesTable>;

/** Sets of multi-part messages and the parts each holds. */
export class AssemblyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Adds one part to its set, opening the set on its first part, and completes the set when
   * parts 1..n are all in and n is marked final. One transaction; on PostgreSQL an advisory lock
   * on the key serialises workers offering parts of one set at once.
   */
  offer(key: AssemblyKey, part: OfferedPart, now: Date, timeoutMs: number): Promise<PartAdmission> {
    return inTransaction(this.db, async (trx) => {
      if (journalDialect(trx) === 'postgres') {
        const lock = JSON.stringify([
          'assembly',
          key.carrier,
          key.messageType,
          key.accessReference,
        ]);
        await sql`SELECT pg_advisory_xact_lock(hashtextextended(${lock}, 0))`.execute(trx);
      }
      const repo = new AssemblyRepository(trx);
      const assembly = (await repo.findByKey(key)) ?? (await repo.open(key, now, timeoutMs));
      const parts = await repo.parts(assembly.id);
      if (parts.some((p) => p.messageId === part.messageId)) return { kind: 'again', assembly };
      const holder = parts.find((p) => p.partNumber === part.partNumber);
      if (holder !== undefined) return { kind: 'duplicate', assembly, heldBy: holder.messageId };
      if (assembly.status !== 'assembling') return { kind: 'late', assembly };

      await trx
        .insertInto('assembly_parts')
        .values({
          assembly_id: assembly.id,
          part_number: part.partNumber,
          message_id: part.messageId,
          last: toFlag(part.last),
          added_at: isoTime(now),
        })
        .execute();
      const partCount = part.last ? part.partNumber : assembly.partCount;
      const numbers = [...parts.map((p) => p.partNumber), part.partNumber];
      const complete = partCount !== null && missingParts(partCount, numbers).length === 0;
      await trx
        .updateTable('assemblies')
        .set({
          part_count: partCount,
          ...(complete ? { status: 'complete', closed_at: isoTime(now) } : {}),
        })
        .where('id', '=', assembly.id)
        .execute();
      return { kind: 'added', assembly: (await repo.findById(assembly.id)) ?? assembly };
    });
  }

  async findById(id: string): Promise<Assembly | undefined> {
    const row = await this.db
      .selectFrom('assemblies')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toAssembly(row);
  }

  async findByKey(key: AssemblyKey): Promise<Assembly | undefined> {
    const row = await this.db
      .selectFrom('assemblies')
      .selectAll()
      .where('carrier', '=', key.carrier)
      .where('message_type', '=', key.messageType)
      .where('access_reference', '=', key.accessReference)
      .executeTakeFirst();
    return row && toAssembly(row);
  }

  /** The set a message is a part of, if any. */
  async findByMessage(messageId: string): Promise<Assembly | undefined> {
    const row = await this.db
      .selectFrom('assemblies')
      .innerJoin('assembly_parts', 'assembly_parts.assembly_id', 'assemblies.id')
      .selectAll('assemblies')
      .where('assembly_parts.message_id', '=', messageId)
      .executeTakeFirst();
    return row && toAssembly(row);
  }

  /** The parts held, in part order. */
  async parts(assemblyId: string): Promise<AssemblyPart[]> {
    const rows = await this.db
      .selectFrom('assembly_parts')
      .selectAll()
      .where('assembly_id', '=', assemblyId)
      .orderBy('part_number')
      .execute();
    return rows.map((row) => ({
      partNumber: row.part_number,
      messageId: row.message_id,
      last: row.last === 1,
      addedAt: fromIsoTime(row.added_at),
    }));
  }

  /** Sets, newest first, optionally of one status. */
  async list(status?: AssemblyStatus, limit = 200): Promise<Assembly[]> {
    let query = this.db.selectFrom('assemblies').selectAll();
    if (status !== undefined) query = query.where('status', '=', status);
    const rows = await query.orderBy('opened_at', 'desc').orderBy('id').limit(limit).execute();
    return rows.map(toAssembly);
  }

  /** Sets still assembling whose deadline has passed. */
  async overdue(now: Date, limit = 100): Promise<Assembly[]> {
    const rows = await this.db
      .selectFrom('assemblies')
      .selectAll()
      .where('status', '=', 'assembling')
      .where('deadline_at', '<=', isoTime(now))
      .orderBy('deadline_at')
      .limit(limit)
      .execute();
    return rows.map(toAssembly);
  }

  /**
   * Moves a set from one of `from` to `to`, with findings added; false when it was not in one of
   * `from` (another worker or a technician got there first).
   */
  async transition(
    id: string,
    from: readonly AssemblyStatus[],
    to: AssemblyStatus,
    now: Date,
    findings: readonly AssemblyFinding[] = [],
  ): Promise<boolean> {
    return inTransaction(this.db, async (trx) => {
      const current = await new AssemblyRepository(trx).findById(id);
      if (current === undefined || !from.includes(current.status)) return false;
      const { numUpdatedRows } = await trx
        .updateTable('assemblies')
        .set({
          status: to,
          closed_at: current.closedAt === null ? isoTime(now) : isoTime(current.closedAt),
          findings: JSON.stringify([...current.findings, ...findings]),
        })
        .where('id', '=', id)
        .where('status', '=', current.status)
        .executeTakeFirst();
      return numUpdatedRows > 0n;
    });
  }

  /** Adds findings about the set (e.g. totals that disagree), once per rule. */
  async addFindings(id: string, findings: readonly AssemblyFinding[]): Promise<void> {
    await inTransaction(this.db, async (trx) => {
      const current = await new AssemblyRepository(trx).findById(id);
      if (current === undefined) return;
      const rules = new Set(current.findings.map((f) => f.rule));
      const added = findings.filter((f) => !rules.has(f.rule));
      if (added.length === 0) return;
      await trx
        .updateTable('assemblies')
        .set({ findings: JSON.stringify([...current.findings, ...added]) })
        .where('id', '=', id)
        .execute();
    });
  }

  private async open(key: AssemblyKey, now: Date, timeoutMs: number): Promise<Assembly> {
    const row: AssemblyRow = {
      id: timeOrderedId(),
      carrier: key.carrier,
      message_type: key.messageType,
      access_reference: key.accessReference,
      status: 'assembling',
      part_count: null,
      opened_at: isoTime(now),
      deadline_at: isoTime(new Date(now.getTime() + timeoutMs)),
      closed_at: null,
      findings: '[]',
    };
    await this.db.insertInto('assemblies').values(row).execute();
    return toAssembly(row);
  }
}

function toAssembly(row: AssemblyRow): Assembly {
  return {
    id: row.id,
    carrier: row.carrier,
    messageType: row.message_type,
    accessReference: row.access_reference,
    status: row.status,
    partCount: row.part_count,
    openedAt: fromIsoTime(row.opened_at),
    deadlineAt: fromIsoTime(row.deadline_at),
    closedAt: row.closed_at === null ? null : fromIsoTime(row.closed_at),
    findings: JSON.parse(row.findings) as AssemblyFinding[],
  };
}
