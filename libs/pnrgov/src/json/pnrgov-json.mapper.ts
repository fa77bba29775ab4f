import { Flight, Originator, PnrgovPush } from '../model/pnrgov-push.model';
import { Leg, Passenger, Pnr, RecordLocator } from '../model/pnr.model';
import {
  bagJson,
  contactJson,
  documentJson,
  freeTextJson,
  frequentFlyerJson,
  historyJson,
  orNull,
  paymentJson,
  seatJson,
  serviceJson,
  ticketJson,
} from './pnr-detail-json.mapper';
import { Normalised, PNRGOV_JSON_SCHEMA_ID, PnrgovJsonV1 } from './pnrgov-json.types';

/** The push as `paxgate.pnrgov/1` JSON: every key present, absent values null, no undefined anywhere. */
export function toPnrgovJson(push: PnrgovPush): PnrgovJsonV1 {
  const m = push.message;
  return {
    schema: PNRGOV_JSON_SCHEMA_ID,
    message: {
      reference: m.reference,
      version: m.version,
      accessReference: m.accessReference,
      part: m.part === undefined ? null : { number: m.part.number, last: m.part.last },
      functionCode: orNull(m.functionCode),
      function: m.function,
    },
    sender: push.sender === undefined ? null : originatorJson(push.sender),
    flight: push.flight === undefined ? null : flightJson(push.flight),
    expectedPnrs: orNull(push.expectedPnrs),
    pnrs: push.pnrs.map(pnrJson),
  };
}

function pnrJson(p: Pnr): Normalised<Pnr> {
  return {
    position: p.position,
    locators: p.locators.map(locatorJson),
    cancelled: p.cancelled,
    dates: p.dates.map((d) => ({ qualifier: d.qualifier, at: orNull(d.at) })),
    originator: p.originator === undefined ? null : originatorJson(p.originator),
    passengers: p.passengers.map(passengerJson),
    itinerary: p.itinerary.map(legJson),
    documents: p.documents.map(documentJson),
    contacts: p.contacts.map(contactJson),
    payments: p.payments.map(paymentJson),
    tickets: p.tickets.map(ticketJson),
    bags: p.bags.map(bagJson),
    seats: p.seats.map(seatJson),
    frequentFlyers: p.frequentFlyers.map(frequentFlyerJson),
    services: p.services.map(serviceJson),
    freeText: p.freeText.map(freeTextJson),
    history: p.history.map(historyJson),
    split:
      p.split === undefined
        ? null
        : { passengers: orNull(p.split.passengers), locators: p.split.locators.map(locatorJson) },
  };
}

const originatorJson = (o: Originator): Normalised<Originator> => ({
  airline: orNull(o.airline),
  location: orNull(o.location),
  agentId: orNull(o.agentId),
  agentLocation: orNull(o.agentLocation),
  system: orNull(o.system),
  originatorType: orNull(o.originatorType),
  country: orNull(o.country),
  currency: orNull(o.currency),
  empty: o.empty,
});

const flightJson = (f: Flight): Normalised<Flight> => ({
  carrier: orNull(f.carrier),
  number: orNull(f.number),
  departureAirport: orNull(f.departureAirport),
  arrivalAirport: orNull(f.arrivalAirport),
  departure: orNull(f.departure),
  arrival: orNull(f.arrival),
});

const locatorJson = (l: RecordLocator): Normalised<RecordLocator> => ({
  airline: orNull(l.airline),
  locator: orNull(l.locator),
  type: orNull(l.type),
  createdAt: orNull(l.createdAt),
});

const passengerJson = (p: Passenger): Normalised<Passenger> => ({
  surname: p.surname,
  givenNames: orNull(p.givenNames),
  firstNames: orNull(p.firstNames),
  title: orNull(p.title),
  type: orNull(p.type),
  travellerReference: orNull(p.travellerReference),
  uniqueReference: orNull(p.uniqueReference),
  isInfant: p.isInfant,
  withInfant: p.withInfant,
});

const legJson = (l: Leg): Normalised<Leg> => ({
  ...flightJson(l),
  bookingClass: orNull(l.bookingClass),
  operatingCarrier: orNull(l.operatingCarrier),
  operatingNumber: orNull(l.operatingNumber),
  partySize: orNull(l.partySize),
  status: orNull(l.status),
  aircraft: orNull(l.aircraft),
  locator: l.locator === undefined ? null : locatorJson(l.locator),
});
