import { PlacedSegment } from '../findings/finding.sink';
import { summarise } from '../segments/free-text.parser';
import { readDatedEvents, readHistoryEntry } from '../segments/history.parser';
import { PnrDraft } from './pnr.draft';

/**
 * Gr.10 `ABI DAT` with Gr.11 `SAC TIF SSR IFT TBD` and Gr.12 `TVL RPI`: who changed the PNR,
 * when, and each change (SAC action) with a one-line rendering of what it touched.
 */
export function handleHistory(draft: PnrDraft, placed: PlacedSegment): void {
  const s = placed.segment;
  if (s.tag === 'ABI') {
    draft.history = readHistoryEntry(s);
    draft.change = undefined;
    draft.pnr.history.push(draft.history);
    return;
  }
  if (draft.history === undefined) {
    // A change without its ABI (read out of order) still is history, by an unknown agent.
    draft.history = { changes: [] };
    draft.pnr.history.push(draft.history);
  }
  const entry = draft.history;
  if (s.tag === 'DAT' && draft.change === undefined) {
    entry.at = readDatedEvents(s)[0]?.at;
  } else if (s.tag === 'SAC' || draft.change === undefined) {
    // An item before any SAC (the notes' flat Gr.10) is a change whose action is not given.
    draft.change = {
      action: s.tag === 'SAC' ? s.elements[2]?.[0] || undefined : undefined,
      items: [],
    };
    entry.changes.push(draft.change);
  }
  if (s.tag !== 'SAC' && s.tag !== 'DAT') {
    draft.change?.items.push({ tag: s.tag, text: summarise(s) });
  }
}
