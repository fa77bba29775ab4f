import { FindingLocation, SyntaxFinding } from '@app/edifact';
import { errorAt, placeFinding } from './contrl-levels';
import {
  ContrlError,
  ContrlGroupReport,
  ContrlMessageReport,
  ContrlSegmentReport,
  ContrlSummary,
} from './contrl-summary.model';
import { ContrlInput, ContrlSubject } from './contrl.types';

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
  report: ContrlMessageReport;
}

class FaultTally {
  private readonly groupsUsed: boolean;
  private interchangeError: ContrlError | undefined;
  private readonly groupErrors = new Map<string, ContrlError>();
  private readonly entries = new Map<string, Entry>();

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
      .map((e) => e.report.message)
      .filter((m) => !this.subject.messages.includes(m));
    return {
      action: this.interchangeError === undefined ? '7' : '4',
      ...(this.interchangeError === undefined ? {} : { error: this.interchangeError }),
      messages: entries.filter((e) => e.group === undefined).map((e) => e.report),
      groups,
      rejectedMessages: [...new Set([...rejected, ...strangers].map((m) => m.reference))],
    };
  }

  /** The group a finding belongs to: its own, else its message's; none when groups are not used. */
  private groupOf(at: FindingLocation): string | undefined {
    if (!this.groupsUsed) return undefined;
    if (at.groupReference !== undefined || at.messageReference === undefined) {
      return at.groupReference;
    }
    return this.subject.messages.find((m) => m.reference === at.messageReference)?.groupReference;
  }

  private entry(at: FindingLocation): Entry {
    const reference = at.messageReference ?? '';
    const group = at.groupReference;
    const key = JSON.stringify([group ?? null, reference]);
    let entry = this.entries.get(key);
    if (entry === undefined) {
      const message = this.subject.messages.find(
        (m) => m.reference === reference && m.groupReference === group,
      ) ??
        this.subject.messages.find((m) => m.reference === reference) ?? {
          reference,
          type: '',
          version: '',
          release: '',
          agency: '',
          association: '',
          groupReference: group,
        };
      entry = { group, report: { message, segments: [] } };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private segment(at: FindingLocation): ContrlSegmentReport {
    const segments = this.entry(at).report.segments;
    const position = at.position ?? 0;
    let segment = segments.find((s) => s.position === position);
    if (segment === undefined) {
      segment = { position, elements: [] };
      segments.push(segment);
    }
    return segment;
  }

  /** Entries in subject order; UCS by position and UCD by element, as a reader expects. */
  private sortedEntries(): Entry[] {
    const order = (e: Entry) => {
      const i = this.subject.messages.indexOf(e.report.message);
      return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    };
    const entries = [...this.entries.values()].sort((a, b) => order(a) - order(b));
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
    const references = new Set([
      ...this.subject.groups.map((g) => g.reference),
      ...this.groupErrors.keys(),
      ...entries.flatMap((e) => (e.group === undefined ? [] : [e.group])),
    ]);
    const reports: ContrlGroupReport[] = [];
    for (const reference of references) {
      const error = this.groupErrors.get(reference);
      const messages = entries.filter((e) => e.group === reference).map((e) => e.report);
      if (error === undefined && messages.length === 0) continue;
      const header = this.subject.groups.find((g) => g.reference === reference);
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
