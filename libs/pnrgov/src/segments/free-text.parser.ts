import { Segment, valueAt } from '@app/edifact';
import { FreeText } from '../model/pnr-detail.model';

/** IFT `qualifier:type::airline+text+text…`; the texts joined by spaces. */
export function readIft(ift: Segment): FreeText {
  return {
    source: 'IFT',
    qualifier: valueAt(ift, 1, 1) || undefined,
    type: valueAt(ift, 1, 2) || undefined,
    airline: valueAt(ift, 1, 4) || undefined,
    text: iftTexts(ift).join(' '),
  };
}

/** The free texts of an IFT, one per element after the first, trimmed. */
export function iftTexts(ift: Segment): string[] {
  return ift.elements
    .slice(1)
    .map((c) => c.join(':').trim())
    .filter((t) => t !== '');
}

/** LTS: one long text; separators the sender did not release are put back. */
export function readLts(lts: Segment): FreeText {
  return {
    source: 'LTS',
    text: lts.elements
      .map((c) => c.join(':'))
      .join('+')
      .trim(),
  };
}

/** A compact one-line rendering of any segment's data, for history items. */
export function summarise(segment: Segment): string {
  return segment.elements
    .map((c) => c.filter((v) => v !== '').join(':'))
    .filter((e) => e !== '')
    .join(' ');
}
