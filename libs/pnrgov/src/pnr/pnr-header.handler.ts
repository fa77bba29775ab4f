import { valueAt } from '@app/edifact';
import { PlacedSegment } from '../findings/finding.sink';
import { readExcessBags } from '../segments/bag.parser';
import { readAddress } from '../segments/contact.parser';
import { readLts } from '../segments/free-text.parser';
import { wholeNumber } from '../segments/number.parser';
import { readDatedEvents } from '../segments/history.parser';
import { readOriginator } from '../segments/org.parser';
import { readLocators } from '../segments/rci.parser';
import { PnrContext, PnrDraft } from './pnr.draft';
import { handleIft, handleSsr } from './special-service.handler';

const PNR_SCOPE = { passengerGroup: false };

/** Gr.1: the PNR's own segments (`SRC RCI SSR* DAT IFT* ORG ADD* EBD*`) and LTS. */
export function handlePnrHeader(draft: PnrDraft, placed: PlacedSegment, context: PnrContext): void {
  const s = placed.segment;
  const pnr = draft.pnr;
  switch (s.tag) {
    case 'RCI':
      return readPnrLocators(draft, placed, context);
    case 'SSR':
      return handleSsr(draft, placed, context, PNR_SCOPE);
    case 'DAT':
      pnr.dates.push(...readDatedEvents(s));
      return;
    case 'IFT':
      return handleIft(draft, placed, PNR_SCOPE);
    case 'ORG':
      pnr.originator = readOriginator(s);
      // The guide marks a cancelled PNR as SRC, RCI with the locator, and an empty ORG.
      if (pnr.originator.empty) pnr.cancelled = true;
      return;
    case 'ADD':
      pnr.contacts.push(...readAddress(s));
      return;
    case 'EBD':
      pnr.bags.push(readExcessBags(s));
      return;
    case 'LTS':
      pnr.freeText.push(readLts(s));
      return;
  }
}

function readPnrLocators(draft: PnrDraft, placed: PlacedSegment, context: PnrContext): void {
  const { locators, dateInTypePosition } = readLocators(placed.segment);
  if (!draft.hasLocator && valueAt(placed.segment, 1, 2) === '') {
    context.sink.element(
      '13',
      'pnrgov.rci.locator',
      'The PNR RCI has no record locator (9956).',
      placed,
      { element: 1, component: 2, value: '' },
    );
  }
  if (dateInTypePosition !== undefined) {
    const at = {
      element: dateInTypePosition,
      component: 3,
      value: valueAt(placed.segment, dateInTypePosition, 3),
    };
    context.sink.warning(
      'pnrgov.rci.date-position',
      'RCI carries the PNR creation date where the reservation control type belongs (component 3, not 4); read as the creation date.',
      placed,
      at,
    );
  }
  draft.pnr.locators.push(...locators);
  draft.hasLocator = true;
}

/** Gr.8 `EQN RCI`: passengers split off into other PNRs, and their locators. */
export function handleSplit(draft: PnrDraft, placed: PlacedSegment): void {
  const split = (draft.pnr.split ??= { locators: [] });
  if (placed.segment.tag === 'EQN') {
    split.passengers = wholeNumber(valueAt(placed.segment, 1));
  } else if (placed.segment.tag === 'RCI') {
    split.locators.push(...readLocators(placed.segment).locators);
  }
}
