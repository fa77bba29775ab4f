import { timeOrderedId } from '../support/time-ordered-id';
import { JournalAck } from '../model/ack';
import { FindingRecord, JournalFinding } from '../model/finding';
import { JournalInterchange } from '../model/interchange';
import { InterchangeRecord, MessageRecord } from '../model/interchange-record';
import { NewJournalEvent } from '../model/journal-event';
import { JournalMessage } from '../model/message';
import { contentDigest } from '../support/digest';

/** Every row one interchange becomes, worked out before the transaction opens. */
export interface InterchangePlan {
  interchange: JournalInterchange;
  messages: JournalMessage[];
  findings: JournalFinding[];
  ack: JournalAck | null;
  /** Accepted messages of an accepted interchange: the only ones that go on to delivery. */
  outboxMessageIds: string[];
  events: NewJournalEvent[];
}

export function planInterchange(record: InterchangeRecord, now: Date): InterchangePlan {
  const raw = Buffer.from(record.raw.buffer, record.raw.byteOffset, record.raw.byteLength);
  const receivedAt = record.receivedAt ?? now;
  const interchange: JournalInterchange = {
    id: timeOrderedId(),
    carrierId: record.carrierId ?? null,
    channel: record.channel,
    senderId: record.senderId,
    recipientId: record.recipientId,
    controlReference: record.controlReference,
    raw,
    sha256: record.sha256 ?? contentDigest(raw),
    size: raw.byteLength,
    test: record.test,
    outcome: record.outcome,
    receivedAt,
    duplicateOf: record.duplicateOf ?? null,
  };
  const messages = record.messages.map((m, i) => planMessage(m, interchange.id, i + 1));
  const findings = [
    ...(record.findings ?? []).map((f) => planFinding(f, interchange.id, null)),
    ...record.messages.flatMap((m, i) =>
      (m.findings ?? []).map((f) => planFinding(f, interchange.id, messages[i].id)),
    ),
  ];
  const outboxMessageIds =
    record.outcome === 'accepted'
      ? messages.filter((m) => m.outcome === 'accepted').map((m) => m.id)
      : [];
  return {
    interchange,
    messages,
    findings,
    ack: record.contrl
      ? { interchangeId: interchange.id, contrl: record.contrl, createdAt: now }
      : null,
    outboxMessageIds,
    events: planEvents(interchange, messages, findings.length, now),
  };
}

function planMessage(m: MessageRecord, interchangeId: string, position: number): JournalMessage {
  return {
    id: timeOrderedId(),
    interchangeId,
    position,
    type: m.type,
    reference: m.reference,
    accessReference: m.accessReference ?? null,
    partNumber: m.partNumber ?? null,
    partLast: m.partLast ?? null,
    outcome: m.outcome,
    status: m.outcome,
    flight: {
      carrierCode: m.flight?.carrierCode ?? null,
      flightNumber: m.flight?.flightNumber ?? null,
      departureDate: m.flight?.departureDate ?? null,
    },
    travellers: m.travellers ?? 0,
    pnrs: m.pnrs ?? 0,
    airports: [...(m.airports ?? [])],
    normalisedJson: m.normalisedJson ?? null,
  };
}

function planFinding(
  f: FindingRecord,
  interchangeId: string,
  messageId: string | null,
): JournalFinding {
  const { kind, level, code, rule, text, location } = f;
  return { id: timeOrderedId(), interchangeId, messageId, kind, level, code, rule, text, location };
}

/** 'received' at the time the bytes arrived, then each outcome at the time it was decided. */
function planEvents(
  interchange: JournalInterchange,
  messages: JournalMessage[],
  findingCount: number,
  now: Date,
): NewJournalEvent[] {
  const at = interchange.receivedAt;
  return [
    {
      subjectType: 'interchange',
      subjectId: interchange.id,
      state: 'received',
      at,
      detail: { channel: interchange.channel, size: interchange.size, test: interchange.test },
    },
    ...messages.map((m): NewJournalEvent => ({
      subjectType: 'message',
      subjectId: m.id,
      state: 'received',
      at,
    })),
    ...messages.map((m): NewJournalEvent => ({
      subjectType: 'message',
      subjectId: m.id,
      state: m.outcome,
      at: now,
    })),
    {
      subjectType: 'interchange',
      subjectId: interchange.id,
      state: interchange.outcome,
      at: now,
      detail: {
        messages: messages.length,
        findings: findingCount,
        duplicateOf: interchange.duplicateOf,
      },
    },
  ];
}
