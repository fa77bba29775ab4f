import { Segment, valueAt } from '@app/edifact';
import { PlacedSegment } from '../findings/finding.sink';
import { GroupName } from '../structure/pnrgov-group.definitions';
import { SPONSOR_TEXT_TYPE } from '../structure/pnrgov-code-lists';
import { readExcessBags } from '../segments/bag.parser';
import { readAddress } from '../segments/contact.parser';
import { readDatedEvents } from '../segments/history.parser';
import { applySponsor, readPayments } from '../segments/payment.parser';
import { readTicket, readAmounts } from '../segments/ticket.parser';
import { readPassenger } from '../segments/tif.parser';
import { PnrContext, PnrDraft } from './pnr.draft';
import { handleIft, handleSsr } from './special-service.handler';

const PASSENGER_SCOPE = { passengerGroup: true };

/** Gr.2 passenger `TIF FTI IFT* REF EBD FAR* SSR* ADD*`, Gr.3 ticket `TKT MON PTK TXD* DAT`, Gr.4 `FOP IFT ADD`. */
export function handlePassenger(
  draft: PnrDraft,
  placed: PlacedSegment,
  context: PnrContext,
  group: GroupName,
): void {
  if (group === 'Gr.3') return handleTicket(draft, placed);
  if (group === 'Gr.4') return handlePayment(draft, placed);
  const s = placed.segment;
  const pnr = draft.pnr;
  switch (s.tag) {
    case 'TIF':
      draft.addPassenger(readPassenger(s));
      return;
    case 'FTI':
      for (const [airline, number, , , tier] of s.elements) {
        pnr.frequentFlyers.push({
          airline: airline || undefined,
          number: number || undefined,
          tier: tier || undefined,
          passenger: draft.passenger,
        });
      }
      return;
    case 'IFT':
      return handleIft(draft, placed, PASSENGER_SCOPE);
    case 'REF': {
      const passenger = draft.passenger === undefined ? undefined : pnr.passengers[draft.passenger];
      if (passenger !== undefined) {
        passenger.uniqueReference = valueAt(s, 1, 2) || valueAt(s, 1, 1) || undefined;
      }
      return;
    }
    case 'EBD': {
      const bag = readExcessBags(s);
      bag.passenger = draft.passenger;
      pnr.bags.push(bag);
      return;
    }
    case 'SSR':
      return handleSsr(draft, placed, context, PASSENGER_SCOPE);
    case 'ADD':
      return addAddress(draft, s);
  }
}

function handleTicket(draft: PnrDraft, placed: PlacedSegment): void {
  const s = placed.segment;
  if (s.tag === 'TKT') {
    draft.ticket = readTicket(s);
    draft.ticket.passenger = draft.passenger;
    draft.pnr.tickets.push(draft.ticket);
  } else if (s.tag === 'MON' && draft.ticket !== undefined) {
    draft.ticket.amounts.push(...readAmounts(s));
  } else if (s.tag === 'DAT' && draft.ticket !== undefined) {
    draft.ticket.issuedAt = readDatedEvents(s)[0]?.at;
  }
}

function handlePayment(draft: PnrDraft, placed: PlacedSegment): void {
  const s = placed.segment;
  if (s.tag === 'FOP') {
    draft.payments = readPayments(s);
    for (const payment of draft.payments) {
      payment.passenger = draft.passenger;
      draft.pnr.payments.push(payment);
    }
  } else if (s.tag === 'IFT' && valueAt(s, 1, 2) === SPONSOR_TEXT_TYPE) {
    for (const payment of draft.payments) applySponsor(payment, s);
  } else if (s.tag === 'IFT') {
    handleIft(draft, placed, PASSENGER_SCOPE);
  } else if (s.tag === 'ADD') {
    addAddress(draft, s);
  }
}

function addAddress(draft: PnrDraft, add: Segment): void {
  for (const contact of readAddress(add)) {
    contact.passenger = draft.passenger;
    draft.pnr.contacts.push(contact);
  }
}
