import { valueAt } from '@app/edifact';
import { PlacedSegment } from '../findings/finding.sink';
import { Pnr } from '../model/pnr.model';
import { applyOperatingFlight, isCodeshareCompanion } from '../segments/tvl.parser';
import { GroupTracker, Placement } from '../structure/group.tracker';
import { PNRGOV_TAGS } from '../structure/pnrgov-code-lists';
import { GROUPS_BY_TAG } from '../structure/pnrgov-group.definitions';
import { handleHistory } from './history.handler';
import { handleItinerary } from './itinerary.handler';
import { handlePassenger } from './passenger.handler';
import { handlePnrHeader, handleSplit } from './pnr-header.handler';
import { PnrContext, PnrDraft } from './pnr.draft';

/**
 * Reads one PNR: the segments after an SRC up to the next SRC or UNT. Lenient in what it reads
 * (segments out of the guide's order are still read, where they fit), strict in what it reports:
 * an unknown tag or a segment no open group can hold is out of place (15); one read out of order
 * is a data-quality warning; a PNR without RCI is missing it (13).
 */
export class PnrReader {
  private readonly tracker = new GroupTracker();
  private readonly draft: PnrDraft;
  private firstAfterSrc: PlacedSegment | undefined;

  constructor(
    src: PlacedSegment,
    private readonly context: PnrContext,
  ) {
    this.draft = new PnrDraft(src.position);
  }

  take(placed: PlacedSegment): void {
    this.firstAfterSrc ??= placed;
    const tag = placed.segment.tag;
    const sink = this.context.sink;
    if (!PNRGOV_TAGS.has(tag)) {
      sink.segment(
        '15',
        'pnrgov.segment.unknown',
        `'${tag}' is not a PNRGOV segment.`,
        placed,
        tag,
      );
      return;
    }
    if (tag === 'TIF' && valueAt(placed.segment, 1) === '') {
      sink.element('13', 'pnrgov.tif.surname', 'TIF has no traveller surname (9936).', placed, {
        element: 1,
        component: 1,
        value: '',
      });
    }
    if (tag === 'TVL' && this.tracker.isOpen('Gr.5') && isCodeshareCompanion(placed.segment)) {
      return this.completeCodeshare(placed);
    }
    const placement = this.tracker.place(tag);
    if (placement === undefined) {
      const homes = (GROUPS_BY_TAG.get(tag) ?? [])
        .map((g) => `${g.name} (${g.label})`)
        .join(' or ');
      sink.segment(
        '15',
        'pnrgov.segment.position',
        `${tag} cannot stand here: it belongs in ${homes || 'level 0'}, and no such group is open.`,
        placed,
        tag,
      );
      return;
    }
    if (!placement.inOrder) this.reportOrder(placed, placement);
    this.dispatch(placed, placement);
  }

  /** Ends the PNR; `next` is the segment after it (SRC or UNT), where a missing RCI is reported if nothing follows SRC. */
  finish(next: PlacedSegment | undefined): Pnr {
    if (!this.draft.hasLocator) {
      const at = this.firstAfterSrc ?? next;
      this.context.sink.segment(
        '13',
        'pnrgov.rci.missing',
        `PNR at position ${this.draft.pnr.position} has no RCI: its record locator must follow SRC.`,
        at,
        'RCI',
      );
    }
    this.draft.linkInfantDocuments();
    this.draft.linkLateReferences();
    return this.draft.pnr;
  }

  private dispatch(placed: PlacedSegment, placement: Placement): void {
    const group = placement.group;
    switch (group) {
      case 'Gr.1':
        return handlePnrHeader(this.draft, placed, this.context);
      case 'Gr.2':
      case 'Gr.3':
      case 'Gr.4':
        return handlePassenger(this.draft, placed, this.context, group);
      case 'Gr.5':
      case 'Gr.6':
      case 'Gr.7':
        return handleItinerary(this.draft, placed, this.context, group);
      case 'Gr.8':
        return handleSplit(this.draft, placed);
      case 'Gr.9':
        return; // Non-air segments (hotel, car) are not modelled.
      case 'Gr.10':
      case 'Gr.11':
      case 'Gr.12':
        return handleHistory(this.draft, placed);
    }
  }

  private completeCodeshare(placed: PlacedSegment): void {
    const leg = this.draft.leg === undefined ? undefined : this.draft.pnr.itinerary[this.draft.leg];
    if (leg !== undefined) {
      applyOperatingFlight(leg, valueAt(placed.segment, 4), valueAt(placed.segment, 5));
    }
    if (leg !== undefined && leg.bookingClass === undefined) {
      leg.bookingClass = valueAt(placed.segment, 5, 2) || undefined;
    }
  }

  private reportOrder(placed: PlacedSegment, placement: Placement): void {
    const tag = placed.segment.tag;
    const open = placement.openGroup;
    const read = placement.opened
      ? `read as a new ${placement.group}`
      : placement.group === open.name
        ? 'read there'
        : `read as part of ${placement.group}`;
    this.context.sink.warning(
      'pnrgov.segment.order',
      `${tag} is out of the PNRGOV order inside ${open.name} (${open.label}); ${read}.`,
      placed,
    );
  }
}
