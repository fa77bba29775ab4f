import { PlacedSegment } from '../findings/finding.sink';
import { bagFromSsr } from '../segments/bag.parser';
import { contactFromSsr, contactFromText, readDocumentAddress } from '../segments/contact.parser';
import { readDoco, readDocs } from '../segments/docs-ssr.parser';
import { iftTexts, readIft } from '../segments/free-text.parser';
import { readSsr, SsrReading } from '../segments/ssr.parser';
import { BAG_SSR_CODES, CONTACT_SSR_CODES, SEAT_SSR_CODES } from '../structure/pnrgov-code-lists';
import { PnrContext, PnrDraft } from './pnr.draft';

/** Where an SSR or IFT was read: inside a passenger (Gr.2) and/or a flight (index in the itinerary). */
export interface Scope {
  passengerGroup: boolean;
  leg?: number;
}

/**
 * SSR in Gr.1, Gr.2 or Gr.5. In Gr.2 it is the passenger's; elsewhere the traveller reference in
 * its first detail names the passenger, when it does. DOCS, DOCO, DOCA, contacts, seats and
 * baggage become their own details; any other code is kept as a special service. (Details are
 * built whole and then linked, not spread: this runs for most segments of a push.)
 */
export function handleSsr(
  draft: PnrDraft,
  placed: PlacedSegment,
  context: PnrContext,
  scope: Scope,
): void {
  const ssr = readSsr(placed.segment);
  const reference = ssr.details.length > 0 ? ssr.details[0].travellerReference : '';
  const passenger = draft.owner(scope.passengerGroup, reference);
  const pnr = draft.pnr;
  if (ssr.code === 'DOCS' || ssr.code === 'DOCO') {
    const document =
      ssr.code === 'DOCS'
        ? readDocs(ssr.text, placed, context.sink, context.notAfterYear)
        : readDoco(ssr.text, context.notAfterYear);
    document.passenger = passenger;
    pnr.documents.push(document);
  } else if (ssr.code === 'DOCA' || CONTACT_SSR_CODES.has(ssr.code)) {
    const contact =
      ssr.code === 'DOCA' ? readDocumentAddress(ssr.text) : contactFromSsr(ssr.code, ssr.text);
    if (contact === undefined) return;
    contact.passenger = passenger;
    pnr.contacts.push(contact);
  } else if (SEAT_SSR_CODES.has(ssr.code) && ssr.details.some((d) => d.data !== '')) {
    addSeats(draft, ssr, scope);
  } else if (BAG_SSR_CODES.has(ssr.code)) {
    const bag = bagFromSsr(ssr.quantity, ssr.text);
    bag.passenger = passenger;
    bag.leg = scope.leg;
    pnr.bags.push(bag);
  } else {
    pnr.services.push({
      code: ssr.code,
      status: ssr.status || undefined,
      quantity: ssr.quantity || undefined,
      airline: ssr.airline || undefined,
      boardPoint: ssr.boardPoint || undefined,
      offPoint: ssr.offPoint || undefined,
      text: ssr.text.trim() || undefined,
      travellerReference: reference || undefined,
      leg: scope.leg,
      passenger,
    });
  }
}

/** One seat per detail: `SSR+SEAT:HK:2:DL:::LHR:JFK+15A::1+15B::2`. */
function addSeats(draft: PnrDraft, ssr: SsrReading, scope: Scope): void {
  for (const d of ssr.details) {
    if (d.data === '') continue;
    draft.pnr.seats.push({
      source: 'SSR',
      number: d.data,
      leg: scope.leg,
      travellerReference: d.travellerReference || undefined,
      departureAirport: ssr.boardPoint || undefined,
      arrivalAirport: ssr.offPoint || undefined,
      passenger: scope.passengerGroup
        ? draft.passenger
        : draft.passengerByReference(d.travellerReference),
    });
  }
}

/** IFT as free text, and as contacts where its text carries a CTC code. */
export function handleIft(draft: PnrDraft, placed: PlacedSegment, scope: Scope): void {
  const passenger = scope.passengerGroup ? draft.passenger : undefined;
  const freeText = readIft(placed.segment);
  freeText.leg = scope.leg;
  freeText.passenger = passenger;
  draft.pnr.freeText.push(freeText);
  if (!freeText.text.includes('CTC')) return;
  for (const text of iftTexts(placed.segment)) {
    const contact = contactFromText(text, 'IFT');
    if (contact === undefined) continue;
    contact.passenger = passenger;
    draft.pnr.contacts.push(contact);
  }
}
