import {
  Bag,
  Contact,
  FreeText,
  FrequentFlyer,
  HistoryEntry,
  Payment,
  Seat,
  SpecialService,
  Ticket,
  TravelDocument,
} from '../model/pnr-detail.model';
import { Normalised } from './pnrgov-json.types';

/** Absent becomes null: the JSON has every key. */
export const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

export const documentJson = (d: TravelDocument): Normalised<TravelDocument> => ({
  passenger: orNull(d.passenger),
  source: d.source,
  type: orNull(d.type),
  issuer: orNull(d.issuer),
  number: orNull(d.number),
  nationality: orNull(d.nationality),
  birthDate: orNull(d.birthDate),
  sex: orNull(d.sex),
  expiryDate: orNull(d.expiryDate),
  issueDate: orNull(d.issueDate),
  surname: orNull(d.surname),
  givenNames: orNull(d.givenNames),
  middleNames: orNull(d.middleNames),
  placeOfBirth: orNull(d.placeOfBirth),
  placeOfIssue: orNull(d.placeOfIssue),
  text: d.text,
});

export const contactJson = (c: Contact): Normalised<Contact> => ({
  passenger: orNull(c.passenger),
  kind: c.kind,
  source: c.source,
  purpose: orNull(c.purpose),
  value: c.value,
  address:
    c.address === undefined
      ? null
      : {
          street: orNull(c.address.street),
          city: orNull(c.address.city),
          state: orNull(c.address.state),
          country: orNull(c.address.country),
          postalCode: orNull(c.address.postalCode),
        },
});

export const paymentJson = (p: Payment): Normalised<Payment> => ({
  passenger: orNull(p.passenger),
  type: p.type,
  amount: orNull(p.amount),
  vendor: orNull(p.vendor),
  accountNumber: orNull(p.accountNumber),
  expiry: orNull(p.expiry),
  holderName: orNull(p.holderName),
  holderAddress: orNull(p.holderAddress),
  holderPhone: orNull(p.holderPhone),
});

export const ticketJson = (t: Ticket): Normalised<Ticket> => ({
  passenger: orNull(t.passenger),
  number: orNull(t.number),
  documentType: orNull(t.documentType),
  amounts: t.amounts.map((a) => ({
    qualifier: a.qualifier,
    amount: orNull(a.amount),
    currency: orNull(a.currency),
  })),
  issuedAt: orNull(t.issuedAt),
});

export const bagJson = (b: Bag): Normalised<Bag> => ({
  passenger: orNull(b.passenger),
  source: b.source,
  leg: orNull(b.leg),
  count: orNull(b.count),
  weight: orNull(b.weight),
  weightUnit: orNull(b.weightUnit),
  pool: orNull(b.pool),
  tags: b.tags.map((t) => ({
    carrier: orNull(t.carrier),
    number: t.number,
    consecutive: orNull(t.consecutive),
    destination: orNull(t.destination),
  })),
  charge:
    b.charge === undefined
      ? null
      : { amount: orNull(b.charge.amount), currency: orNull(b.charge.currency) },
  text: orNull(b.text),
});

export const seatJson = (s: Seat): Normalised<Seat> => ({
  passenger: orNull(s.passenger),
  source: s.source,
  number: s.number,
  leg: orNull(s.leg),
  travellerReference: orNull(s.travellerReference),
  departureAirport: orNull(s.departureAirport),
  arrivalAirport: orNull(s.arrivalAirport),
});

export const frequentFlyerJson = (f: FrequentFlyer): Normalised<FrequentFlyer> => ({
  passenger: orNull(f.passenger),
  airline: orNull(f.airline),
  number: orNull(f.number),
  tier: orNull(f.tier),
});

export const serviceJson = (s: SpecialService): Normalised<SpecialService> => ({
  passenger: orNull(s.passenger),
  code: s.code,
  status: orNull(s.status),
  quantity: orNull(s.quantity),
  airline: orNull(s.airline),
  boardPoint: orNull(s.boardPoint),
  offPoint: orNull(s.offPoint),
  text: orNull(s.text),
  travellerReference: orNull(s.travellerReference),
  leg: orNull(s.leg),
});

export const freeTextJson = (f: FreeText): Normalised<FreeText> => ({
  passenger: orNull(f.passenger),
  source: f.source,
  qualifier: orNull(f.qualifier),
  type: orNull(f.type),
  airline: orNull(f.airline),
  text: f.text,
  leg: orNull(f.leg),
});

export const historyJson = (h: HistoryEntry): Normalised<HistoryEntry> => ({
  agent: orNull(h.agent),
  location: orNull(h.location),
  airline: orNull(h.airline),
  at: orNull(h.at),
  changes: h.changes.map((c) => ({
    action: orNull(c.action),
    items: c.items.map((i) => ({ tag: i.tag, text: i.text })),
  })),
});
