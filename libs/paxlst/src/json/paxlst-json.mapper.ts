import { FlightLeg } from '../model/flight-leg';
import { PaxlstManifest } from '../model/paxlst-manifest';
import { Traveller } from '../model/traveller';
import {
  FlightLegJson,
  PAXLST_JSON_SCHEMA_ID,
  PaxlstJsonV1,
  TravellerJson,
} from './paxlst-json.types';

/** T with every key that may be undefined made optional instead. */
type Present<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops absent values so the JSON carries no `undefined` and no `null` the schema must allow. */
function present<T extends object>(value: T): Present<T> {
  // A plain loop: entries/filter/fromEntries was a twentieth of the gateway's CPU under load.
  const kept: Record<string, unknown> = {};
  // The values are object literals made here, with no inherited enumerable keys.
  for (const key in value) if (value[key] !== undefined) kept[key] = value[key];
  return kept as Present<T>;
}

/** The normalised, versioned JSON for consumers; a fresh object, never the manifest itself. */
export function toPaxlstJson(manifest: PaxlstManifest): PaxlstJsonV1 {
  const { message, reportingParty, totals } = manifest;
  return present({
    schema: PAXLST_JSON_SCHEMA_ID,
    message: present({
      reference: message.reference,
      version: message.version,
      accessReference: message.accessReference,
      part: message.part && { number: message.part.number, last: message.part.last },
      documentName: present({
        code: message.documentName.code,
        meaning: message.documentName.meaning,
      }),
      functionCode: message.functionCode,
      transactionReference: message.transactionReference,
    }),
    reportingParty:
      reportingParty &&
      present({
        name: reportingParty.name,
        contactName: reportingParty.contactName,
        contacts: reportingParty.contacts.map((c) => ({ number: c.number, channel: c.channel })),
      }),
    legs: manifest.legs.map(legJson),
    travellers: manifest.travellers.map(travellerJson),
    totals: present({ passengers: totals.passengers, crew: totals.crew }),
  });
}

function legJson(leg: FlightLeg): FlightLegJson {
  const end = (e: FlightLeg['departure']) =>
    e && present({ airport: e.airport, localDateTime: e.localDateTime });
  return present({
    transportStage: leg.transportStage,
    journeyId: leg.journeyId,
    carrierCode: leg.carrierCode,
    flightNumber: leg.flightNumber,
    departure: end(leg.departure),
    arrival: end(leg.arrival),
    locations: leg.locations.map((l) =>
      present({
        qualifier: l.qualifier,
        role: l.role,
        airport: l.airport,
        departure: l.departure,
        arrival: l.arrival,
      }),
    ),
  });
}

function travellerJson(t: Traveller): TravellerJson {
  const bags = t.baggage;
  return present({
    role: t.role,
    roleCode: t.roleCode,
    surname: t.surname,
    givenNames: [...t.givenNames],
    sex: t.sex,
    birthDate: t.birthDate,
    nationality: t.nationality,
    residenceCountry: t.residenceCountry,
    embarkation: t.embarkation,
    debarkation: t.debarkation,
    firstArrival: t.firstArrival,
    birthPlace: t.birthPlace,
    seat: t.seat,
    references: t.references.map((r) => ({ qualifier: r.qualifier, value: r.value })),
    baggage:
      bags &&
      present({
        count: bags.count,
        weight: bags.weight && { value: bags.weight.value, unit: bags.weight.unit },
        tags: bags.tags.map((b) => ({ number: b.number, consecutive: b.consecutive })),
      }),
    contacts: t.contacts.map((c) => ({ number: c.number, channel: c.channel })),
    verification: t.verification,
    crewFunction: t.crewFunction,
    documents: t.documents.map((d) =>
      present({
        type: d.type,
        number: d.number,
        expiryDate: d.expiryDate,
        issueDate: d.issueDate,
        issuingCountry: d.issuingCountry,
      }),
    ),
  });
}
