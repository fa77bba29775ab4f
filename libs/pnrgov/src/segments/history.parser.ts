import { Segment, valueAt } from '@app/edifact';
import { HistoryEntry } from '../model/pnr-detail.model';
import { localDateTime } from './pnrgov-date.parser';

/** ABI `type+agent id:office+location++airline`: who made the changes that follow. */
export function readHistoryEntry(abi: Segment): HistoryEntry {
  const agent = (abi.elements[1] ?? []).filter((c) => c !== '').join(' ');
  return {
    agent: agent || undefined,
    location: valueAt(abi, 3) || undefined,
    airline: valueAt(abi, 5) || undefined,
    changes: [],
  };
}

/** DAT `qualifier:DDMMYY:HHMM` (one date-time, as in Gr.1, Gr.3, Gr.6 and Gr.10). */
export function readDatedEvents(dat: Segment): { qualifier: string; at?: string }[] {
  return dat.elements
    .filter((c) => c.some((v) => v !== ''))
    .map(([qualifier = '', date = '', time = '']) => ({
      qualifier,
      at: date === '' ? undefined : localDateTime(date, time),
    }));
}
