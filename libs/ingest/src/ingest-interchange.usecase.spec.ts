import { CarrierRegistry } from '@app/carriers';
import { CarrierConfig } from '@app/config';
import {
  contentDigest,
  IngestEntry,
  InterchangeIdentity,
  InterchangeRecord,
  RecordedInterchange,
} from '@app/journal';
import { InlineInspector, InspectionOutcome } from '@app/validation';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IngestInterchangeCommand } from './ingest-interchange.command';
import { IngestInterchangeUseCase } from './ingest-interchange.usecase';
import { IngestJournal } from './ports/ingest-journal.port';
import { IngestOutbox } from './ports/ingest-outbox.port';
import { InterchangeInspector } from './ports/interchange-inspector.port';

/** The shipped demo PAXLST: one message, sender DEMO, reference DEMO000001. */
const DEMO_PAXLST = readFileSync(join(__dirname, '../../../config/samples/demo-paxlst.edi'));
const RECEIVED_AT = new Date('2026-11-28T09:05:00Z');

/** Stands in for the journal: shows `decide` the earlier copy it is given, and keeps records. */
class FakeIngestJournal implements IngestJournal {
  earlier: { id: string } | undefined;
  failure: Error | undefined;
  readonly identities: (InterchangeIdentity | undefined)[] = [];
  readonly records: InterchangeRecord[] = [];

  constructor(private readonly timeline: string[]) {}

  record<T>(
    identity: InterchangeIdentity | undefined,
    decide: (earlier: { id: string } | undefined) => IngestEntry<T>,
  ): Promise<{ recorded: RecordedInterchange; verdict: T }> {
    this.identities.push(identity);
    const { record, verdict } = decide(identity === undefined ? undefined : this.earlier);
    if (this.failure !== undefined) return Promise.reject(this.failure);
    this.records.push(record);
    this.timeline.push('commit');
    const messageIds = record.messages.map((_, i) => `msg-${i + 1}`);
    // As the journal plans it: accepted messages of an accepted interchange go to the outbox.
    const outboxMessageIds =
      record.outcome === 'accepted'
        ? messageIds.filter((_, i) => record.messages[i].outcome === 'accepted')
        : [];
    return Promise.resolve({
      recorded: { interchangeId: 'ic-new', messageIds, outboxMessageIds },
      verdict,
    });
  }
}

/** Stands in for the queue: records hand-offs, which never settle unless told to fail. */
class FakeOutbox implements IngestOutbox {
  readonly dispatched: (readonly string[])[] = [];
  failing = false;

  constructor(private readonly timeline: string[]) {}

  dispatch(messageIds: readonly string[]): Promise<unknown> {
    this.dispatched.push(messageIds);
    this.timeline.push('dispatch');
    return this.failing ? Promise.reject(new Error('Redis is down')) : new Promise(() => {});
  }
}

/** Inspects on this thread, unless told what to answer instead. */
class FakeInspector implements InterchangeInspector {
  answer: InspectionOutcome | undefined;

  inspect(bytes: Buffer, now: Date): Promise<InspectionOutcome> {
    return this.answer !== undefined
      ? Promise.resolve(this.answer)
      : new InlineInspector().inspect(bytes, now);
  }
}

const carriers = new CarrierRegistry([
  { id: 'DEMO', name: 'Demo', senders: ['DEMO'] },
  { id: 'OTHER', name: 'Other', senders: ['OTHERAIR'] },
] as CarrierConfig[]);

describe(IngestInterchangeUseCase.name, () => {
  let timeline: string[];
  let journal: FakeIngestJournal;
  let outbox: FakeOutbox;
  let inspector: FakeInspector;
  let sut: IngestInterchangeUseCase;

  beforeEach(() => {
    timeline = [];
    journal = new FakeIngestJournal(timeline);
    outbox = new FakeOutbox(timeline);
    inspector = new FakeInspector();
    sut = new IngestInterchangeUseCase(journal, carriers, outbox, inspector);
  });

  const command = (overrides: Partial<IngestInterchangeCommand> = {}) => ({
    bytes: DEMO_PAXLST,
    channel: 'https' as const,
    carrierId: 'DEMO',
    receivedAt: RECEIVED_AT,
    ...overrides,
  });
  const rules = (findings: readonly { rule: string }[]) => findings.map((f) => f.rule);

  it('journals an accepted interchange, answers it, and then hands its messages to the outbox', async () => {
    const result = await sut.execute(command());

    expect(result).toMatchObject({ interchangeId: 'ic-new', outcome: 'accepted' });
    expect(result.duplicateOf).toBeUndefined();
    expect(result.contrl).toContain("UCI+DEMO000001+DEMO:ZZ+PAXGATE:ZZ+7'");
    expect(journal.identities).toEqual([
      { senderId: 'DEMO', controlReference: 'DEMO000001', sha256: contentDigest(DEMO_PAXLST) },
    ]);
    expect(journal.records[0]).toMatchObject({
      carrierId: 'DEMO',
      channel: 'https',
      senderId: 'DEMO',
      controlReference: 'DEMO000001',
      outcome: 'accepted',
      duplicateOf: null,
      receivedAt: RECEIVED_AT,
      contrl: result.contrl,
    });
    expect(journal.records[0].raw).toBe(DEMO_PAXLST);
    // After the commit; and the answer did not wait for the hand-off, which never settles.
    expect(timeline).toEqual(['commit', 'dispatch']);
    expect(outbox.dispatched).toEqual([['msg-1']]);
  });

  it('answers the carrier even when the hand-off to the queue fails', async () => {
    outbox.failing = true;

    expect((await sut.execute(command())).outcome).toBe('accepted');
    expect(outbox.dispatched).toHaveLength(1);
  });

  it('answers a resend with 26, names the original, and hands nothing to the outbox', async () => {
    journal.earlier = { id: 'ic-earlier' };

    const result = await sut.execute(command());

    expect(result).toMatchObject({ outcome: 'duplicate', duplicateOf: 'ic-earlier' });
    expect(result.report.findings).toContainEqual(
      expect.objectContaining({ code: '26', rule: 'gateway.duplicate' }),
    );
    expect(result.contrl).toContain('UCI+DEMO000001+DEMO:ZZ+PAXGATE:ZZ+4+26+UNB+5:1');
    expect(journal.records[0]).toMatchObject({ outcome: 'duplicate', duplicateOf: 'ic-earlier' });
    expect(journal.records[0].messages.map((m) => m.outcome)).toEqual(['duplicate']);
    expect(outbox.dispatched).toEqual([]);
  });

  it.each([
    ['a carrier not registered for it', 'OTHER', "carrier 'OTHER'"],
    ['an unidentified client', undefined, 'an unidentified client'],
  ])(
    'rejects a sender used by %s with 23, without looking for a resend',
    async (_, carrierId, who) => {
      journal.earlier = { id: 'ic-earlier' };

      const result = await sut.execute(command({ carrierId }));

      expect(result.outcome).toBe('rejected');
      expect(result.report.findings).toContainEqual(
        expect.objectContaining({
          code: '23',
          rule: 'gateway.sender',
          message: `Interchange sender 'DEMO' is not registered for ${who}.`,
        }),
      );
      expect(journal.identities).toEqual([undefined]);
      expect(journal.records[0]).toMatchObject({ outcome: 'rejected', duplicateOf: null });
      expect(outbox.dispatched).toEqual([]);
    },
  );

  it('keeps an interchange its inspection ran out of budget for, rejected with 18', async () => {
    inspector.answer = { kind: 'over-budget', budget: 'time', limit: '100 ms' };

    const result = await sut.execute(command());

    expect(result.outcome).toBe('rejected');
    expect(result.report.findings[0]).toMatchObject({
      code: '18',
      rule: 'inspection.budget.time',
      message: expect.stringContaining('more than its time budget of 100 ms') as string,
    });
    expect(result.contrl).toContain("UCI+DEMO000001+DEMO:ZZ+PAXGATE:ZZ+4+18+UNB'");
    expect(journal.identities).toEqual([undefined]);
    expect(journal.records[0]).toMatchObject({
      outcome: 'rejected',
      controlReference: 'DEMO000001',
    });
    expect(outbox.dispatched).toEqual([]);
  });

  it('rejects a body cut at the channel limit with 18 ahead of what the cut broke', async () => {
    const limit = 200;

    const result = await sut.execute(
      command({ bytes: DEMO_PAXLST.subarray(0, limit), oversize: { size: 2000, limit } }),
    );

    expect(result.outcome).toBe('rejected');
    expect(rules(result.report.findings)[0]).toBe('gateway.size');
    expect(journal.identities).toEqual([undefined]);
  });

  it('does not answer when the journal cannot commit, and hands nothing over', async () => {
    journal.failure = new Error('database is locked');

    await expect(sut.execute(command())).rejects.toThrow('database is locked');
    expect(outbox.dispatched).toEqual([]);
  });
});
