import { FindingLocation, SyntaxFinding } from '@app/edifact';
import { errorAt, placeFinding } from './contrl-levels';
import {
  ContrlError,
  ContrlGroupReport,
  ContrlMessageReport,
  ContrlSegmentReport,
  ContrlSummary,
} from './contrl-summary.model';
import { ContrlInput, ContrlSubject, ContrlSubjectMessage } from './contrl.types';

/**
 * Decides what the CONTRL says: each syntax fault once, at the lowest level its code may stand
 * (EDIFACT-NOTES §4). A receipt reports nothing but arrival.
 */
export function summarizeContrl(input: ContrlInput): ContrlSummary {
  if (input.action === 'receipt') {
    return { action: '8', messages: [], groups: [], rejectedMessages: [] };
  }
  const tally = new FaultTally(input.subject);
  for (const finding of input.findings) if (finding.kind === 'syntax') tally.add(finding);
  return tally.summary();
}

interface Entry {
  group: string | undefined;
  /** The message's place in the subject; past the end for a message only findings name. */
  order: number;
  report: ContrlMessageReport;
  byPosition: Map<number, ContrlSegmentReport>;
}

/** Every lookup is by key, so the tally is linear in the findings and the subject's messages. */
class FaultTally {
  private readonly groupsUsed: boolean;
  private interchangeError: ContrlError | undefined;
  private readonly groupErrors = new Map<string, ContrlError>();
  private readonly entries = new Map<string, Entry>();
  private byReference: Map<string, ContrlSubjectMessage[]> | undefined;

  constructor(private readonly subject: ContrlSubject) {
    this.groupsUsed = subject.groups.length > 0;
  }

  add(finding: SyntaxFinding): void {
    const location: FindingLocation = {
      ...finding.location,
      groupReference: this.groupOf(finding.location),
    };
    const { level, code } = placeFinding({ ...finding, location }, this.groupsUsed);
    switch (level) {
      case 'interchange':
        this.interchangeError ??= errorAt(code, location);
        return;
      case 'group': {
        const reference = location.groupReference ?? '';
        if (!this.groupErrors.has(reference)) {
          this.groupErrors.set(reference, errorAt(code, location));
        }
        return;
      }
      case 'message': {
        const report = this.entry(location).report;
        report.error ??= errorAt(code, location);
        return;
      }
      case 'segment':
        this.segment(location).code ??= code;
        return;
      case 'element': {
        const element = location.element ?? 0;
        const ucds = this.segment(location).elements;
        const same = ucds.some(
          (e) => e.code === code && e.element === element && e.component === location.component,
        );
        if (!same) {
          ucds.push(
            location.component === undefined
              ? { code, element }
              : { code, element, component: location.component },
          );
        }
        return;
      }
    }
  }

  summary(): ContrlSummary {
    const entries = this.sortedEntries();
    const groups = this.groupReports(entries);
    const rejectedGroups = new Set(groups.filter((g) => g.action === '4').map((g) => g.reference));
    const reported = new Set(entries.map((e) => e.report.message));
    const rejected = this.subject.messages.filter(
      (m) =>
        this.interchangeError !== undefined ||
        reported.has(m) ||
        (this.groupsUsed && m.groupReference !== undefined && rejectedGroups.has(m.groupReference)),
    );
    // Messages named only by findings (not in the subject) are rejected all the same.
    const strangers = entries
      .filter((e) => e.order >= this.subject.messages.length)
      .map((e) => e.report.message);
    return {
      action: this.interchangeError === undefined ? '7' : '4',
      ...(this.interchangeError === undefined ? {} : { error: this.interchangeError }),
      messages: entries.filter((e) => e.group === undefined).map((e) => e.report),
      groups,
      rejectedMessages: [...new Set([...rejected, ...strangers].map((m) => m.reference))],
    };
  }

  /** The subject message a finding names: by its place when it has one, else by reference. */
  private messageOf(at: FindingLocation): { message?: ContrlSubjectMessage; order: number } {
    const messages = this.subject.messages;
    if (at.messageIndex !== undefined) {
      const message = messages[at.messageIndex];
      if (message !== undefined) return { message, order: at.messageIndex };
    }
    if (this.byReference === undefined) {
      this.byReference = new Map();
      for (const m of messages) {
        const same = this.byReference.get(m.reference);
        if (same === undefined) this.byReference.set(m.reference, [m]);
        else same.push(m);
      }
    }
    const named = this.byReference.get(at.messageReference ?? '') ?? [];
    const message = named.find((m) => m.groupReference === at.groupReference) ?? named[0];
    return message === undefined
      ? { order: messages.length }
      : { message, order: messages.indexOf(message) };
  }

  /** The group a finding belongs to: its own, else its message's; none when groups are not used. */
  private groupOf(at: FindingLocation): string | undefined {
    if (!this.groupsUsed) return undefined;
    if (at.groupReference !== undefined) return at.groupReference;
    if (at.messageIndex === undefined && at.messageReference === undefined) return undefined;
    return this.messageOf(at).message?.groupReference;
  }

  private entry(at: FindingLocation): Entry {
    const reference = at.messageReference ?? '';
    const group = at.groupReference;
    const key =
      at.messageIndex !== undefined
        ? `#${at.messageIndex}`
        : JSON.stringify([group ?? null, reference]);
    let entry = this.entries.get(key);
    if (entry === undefined) {
      const found = this.messageOf(at);
      const message = found.message ?? {
        reference,
        type: '',
        version: '',
        release: '',
        agency: '',
        association: '',
        groupReference: group,
      };
      entry = {
        group,
        order: found.message === undefined ? this.subject.messages.length : found.order,
        report: { message, segments: [] },
        byPosition: new Map(),
      };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private segment(at: FindingLocation): ContrlSegmentReport {
    const entry = this.entry(at);
    const position = at.position ?? 0;
    let segment = entry.byPosition.get(position);
    if (segment === undefined) {
      segment = { position, elements: [] };
      entry.byPosition.set(position, segment);
      entry.report.segments.push(segment);
    }
    return segment;
  }

  /** Entries in subject order; UCS by position and UCD by element, as a reader expects. */
  private sortedEntries(): Entry[] {
    const entries = [...this.entries.values()].sort((a, b) => a.order - b.order);
    for (const { report } of entries) {
      report.segments.sort((a, b) => a.position - b.position);
      for (const s of report.segments) {
        s.elements.sort((a, b) => a.element - b.element || (a.component ?? 0) - (b.component ?? 0));
      }
    }
    return entries;
  }

  /** UCF for each group rejected itself or holding rejected messages; clean groups need none. */
  private groupReports(entries: Entry[]): ContrlGroupReport[] {
    const headers = new Map(this.subject.groups.map((g) => [g.reference, g] as const));
    const messagesOf = new Map<string, ContrlMessageReport[]>();
    for (const e of entries) {
      if (e.group === undefined) continue;
      const list = messagesOf.get(e.group);
      if (list === undefined) messagesOf.set(e.group, [e.report]);
      else list.push(e.report);
    }
    const references = new Set([
      ...headers.keys(),
      ...this.groupErrors.keys(),
      ...messagesOf.keys(),
    ]);
    const reports: ContrlGroupReport[] = [];
    for (const reference of references) {
      const error = this.groupErrors.get(reference);
      const messages = messagesOf.get(reference) ?? [];
      if (error === undefined && messages.length === 0) continue;
      const header = headers.get(reference);
      const nobody = { id: '', qualifier: '' };
      reports.push({
        reference,
        sender: header?.sender ?? nobody,
        recipient: header?.recipient ?? nobody,
        action: error === undefined ? '7' : '4',
        ...(error === undefined ? {} : { error }),
        messages,
      });
    }
    return reports;
  }
}
