import { valueAt } from '@app/edifact';
import { PlacedSegment } from '../findings/finding.sink';
import { Leg } from '../model/pnr.model';
import { GroupName } from '../structure/pnrgov-group.definitions';
import { readCheckedBags } from '../segments/bag.parser';
import { wholeNumber } from '../segments/number.parser';
import { readLocators } from '../segments/rci.parser';
import { applyOperatingFlight, readLeg } from '../segments/tvl.parser';
import { PnrContext, PnrDraft } from './pnr.draft';
import { handleIft, handleSsr } from './special-service.handler';

/** Gr.5 flight `TVL TRA RPI APD SSR* RCI IFT*`, Gr.6 check-in `DAT ORG` (not modelled), Gr.7 `TRI TIF SSD TBD`. */
export function handleItinerary(
  draft: PnrDraft,
  placed: PlacedSegment,
  context: PnrContext,
  group: GroupName,
): void {
  if (group === 'Gr.7') return handleSeatAndBags(draft, placed);
  if (group !== 'Gr.5') return;
  const s = placed.segment;
  if (s.tag === 'TVL') {
    draft.leg = draft.pnr.itinerary.push(readLeg(s)) - 1;
    return;
  }
  const leg: Leg | undefined = draft.leg === undefined ? undefined : draft.pnr.itinerary[draft.leg];
  if (leg === undefined) return;
  switch (s.tag) {
    case 'TRA':
      return applyOperatingFlight(leg, valueAt(s, 1), valueAt(s, 2));
    case 'RPI': {
      leg.partySize = wholeNumber(valueAt(s, 1));
      leg.status = valueAt(s, 2) || undefined;
      return;
    }
    case 'APD':
      leg.aircraft = valueAt(s, 1) || undefined;
      return;
    case 'SSR':
      return handleSsr(draft, placed, context, { passengerGroup: false, leg: draft.leg });
    case 'RCI':
      leg.locator = readLocators(s).locators[0];
      return;
    case 'IFT':
      return handleIft(draft, placed, { passengerGroup: false, leg: draft.leg });
  }
}

/** Gr.7: TRI names the traveller by reference, TIF by name; SSD is the seat, TBD the checked bags. */
function handleSeatAndBags(draft: PnrDraft, placed: PlacedSegment): void {
  const s = placed.segment;
  const traveller = draft.seatTraveller;
  if (s.tag === 'TRI') {
    draft.seatTraveller = { reference: valueAt(s, 2, 4) || undefined };
    return;
  }
  if (s.tag === 'TIF') {
    traveller.passenger =
      draft.passengerByName(valueAt(s, 1), valueAt(s, 2)) ??
      draft.passengerByReference(valueAt(s, 2, 3));
    return;
  }
  // The name is the surer link: some senders number TRI apart from the passengers' references.
  const passenger = traveller.passenger ?? draft.passengerByReference(traveller.reference ?? '');
  if (s.tag === 'SSD' && valueAt(s, 1) !== '') {
    const leg = draft.leg === undefined ? undefined : draft.pnr.itinerary[draft.leg];
    draft.pnr.seats.push({
      source: 'SSD',
      number: valueAt(s, 1),
      leg: draft.leg,
      travellerReference: traveller.reference,
      departureAirport: leg?.departureAirport,
      arrivalAirport: leg?.arrivalAirport,
      passenger,
    });
  } else if (s.tag === 'TBD') {
    const bag = readCheckedBags(s);
    bag.passenger = passenger;
    bag.leg = draft.leg;
    draft.pnr.bags.push(bag);
  }
}
