import { FindingSink } from '../findings/finding.sink';
import { HistoryChange, HistoryEntry, Payment, Ticket } from '../model/pnr-detail.model';
import { Passenger, Pnr } from '../model/pnr.model';
import { nameKey } from '../segments/tif.parser';

const INFANT_SEX: ReadonlySet<string> = new Set(['MI', 'FI', 'UI']);

/** What the handlers of one PNR share: where findings go, and the year no birth date may pass. */
export interface PnrContext {
  sink: FindingSink;
  notAfterYear: number;
}

/**
 * One PNR while it is being read, with the group occurrences currently open (the passenger, the
 * ticket, the flight, …) and O(1) lookups of passengers by traveller reference and by name.
 */
export class PnrDraft {
  readonly pnr: Pnr;
  /** Index in `pnr.passengers` of the Gr.2 being read. */
  passenger?: number;
  ticket?: Ticket;
  payments: Payment[] = [];
  /** Index in `pnr.itinerary` of the Gr.5 being read. */
  leg?: number;
  /** Gr.7: who the seat and bags are for, from TRI and TIF. */
  seatTraveller: { reference?: string; passenger?: number } = {};
  history?: HistoryEntry;
  change?: HistoryChange;
  /** True once the Gr.1 RCI was read. */
  hasLocator = false;
  private readonly byReference = new Map<string, number>();
  private readonly byName = new Map<string, number>();

  constructor(position: number) {
    this.pnr = {
      position,
      locators: [],
      cancelled: false,
      dates: [],
      passengers: [],
      itinerary: [],
      documents: [],
      contacts: [],
      payments: [],
      tickets: [],
      bags: [],
      seats: [],
      frequentFlyers: [],
      services: [],
      freeText: [],
      history: [],
    };
  }

  addPassenger(passenger: Passenger): number {
    const index = this.pnr.passengers.push(passenger) - 1;
    if (
      passenger.travellerReference !== undefined &&
      !this.byReference.has(passenger.travellerReference)
    ) {
      this.byReference.set(passenger.travellerReference, index);
    }
    const key = nameKey(passenger.surname, passenger.givenNames ?? '');
    if (!this.byName.has(key)) this.byName.set(key, index);
    this.passenger = index;
    this.ticket = undefined;
    this.payments = [];
    return index;
  }

  passengerByReference(reference: string): number | undefined {
    return reference === '' ? undefined : this.byReference.get(reference);
  }

  passengerByName(surname: string, givenNames: string): number | undefined {
    return this.byName.get(nameKey(surname, givenNames));
  }

  /**
   * An infant's DOCS (sex MI, FI, UI) travels in the Gr.2 of the adult it sits with, before the
   * infant's own TIF: once the PNR is read, give it to the infant, the only one or the one whose
   * names match (ignoring the spaces line folding leaves).
   */
  linkInfantDocuments(): void {
    const infants = this.pnr.passengers.flatMap((p, i) => (p.isInfant ? [i] : []));
    if (infants.length === 0) return;
    const squeeze = (name: string | undefined) => (name ?? '').replaceAll(' ', '');
    for (const document of this.pnr.documents) {
      const owner =
        document.passenger === undefined ? undefined : this.pnr.passengers[document.passenger];
      if (owner === undefined || owner.isInfant || !INFANT_SEX.has(document.sex ?? '')) continue;
      const named = infants.find(
        (i) => squeeze(this.pnr.passengers[i].surname) === squeeze(document.surname),
      );
      document.passenger = infants.length === 1 ? infants[0] : (named ?? document.passenger);
    }
  }

  /** Seats and services read before their passenger's TIF (Gr.1 SSRs) are linked by traveller reference once all are known. */
  linkLateReferences(): void {
    for (const detail of [...this.pnr.seats, ...this.pnr.services]) {
      if (detail.passenger === undefined && detail.travellerReference !== undefined) {
        detail.passenger = this.passengerByReference(detail.travellerReference);
      }
    }
  }

  /** The passenger a detail is for: the Gr.2 passenger when read inside it, else by traveller reference. */
  owner(inPassengerGroup: boolean, reference: string): number | undefined {
    return inPassengerGroup ? this.passenger : this.passengerByReference(reference);
  }
}
