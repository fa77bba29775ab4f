import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EdifactMessage, readInterchange } from '@app/edifact';
import { toPaxlstJson } from './json/paxlst-json.mapper';
import { PaxlstReading } from './model/paxlst-reading';
import { readPaxlst } from './reading/paxlst.reader';
import { schemaErrors } from './testing/schema-subset.validator';

const CORPUS = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'corpus');
const NOW = new Date('2026-06-01T12:00:00Z');

/** Traveller counts from an independent reader. */
const EXPECTED_TRAVELLERS: Record<string, number> = {
  'US-CBP__GTAS/flight1.txt': 10,
  'US-CBP__GTAS/flight2.txt': 10,
  'US-CBP__GTAS/flight3.txt': 10,
  'US-CBP__GTAS/Test1.txt': 8,
  'US-CBP__GTAS/Test3.txt': 260,
  'US-CBP__GTAS/airline2.edi': 10,
  'US-CBP__GTAS/apisMessage.txt': 2,
  'US-CBP__GTAS/multiple_flight_leg_apis.txt': 2,
  'seamustuohy__GTAS/airline2__typeB_v20150622.edi': 11,
};

function messages(file: string): EdifactMessage[] {
  return readInterchange(readFileSync(join(CORPUS, file))).messages.filter(
    (m) => m.type === 'PAXLST',
  );
}

function reading(file: string): PaxlstReading {
  const [message] = messages(file);
  return readPaxlst(message, { now: NOW });
}

function traveller(r: PaxlstReading, surname: string) {
  const found = r.manifest.travellers.find((t) => t.surname === surname);
  if (found === undefined) throw new Error(`no traveller ${surname}`);
  return found;
}

const route = (r: PaxlstReading) =>
  r.manifest.legs.map((l) => `${l.journeyId} ${l.departure?.airport}-${l.arrival?.airport}`);

describe('PAXLST corpus', () => {
  it.each(Object.entries(EXPECTED_TRAVELLERS))(
    '%s holds %i travellers and its JSON fits the schema',
    (file, count) => {
      const all = messages(file).map((m) => readPaxlst(m, { now: NOW }));
      expect(all).toHaveLength(1);
      expect(all[0].manifest.travellers).toHaveLength(count);
      expect(schemaErrors(toPaxlstJson(all[0].manifest))).toEqual([]);
    },
  );

  it('flight1.txt: LA532 SCL–JFK overnight, CAPONE travels on US passport 907316631', () => {
    const r = reading('US-CBP__GTAS/flight1.txt');
    expect(r.manifest.legs[0]).toMatchObject({
      journeyId: 'LA532',
      carrierCode: 'LA',
      flightNumber: '532',
      departure: { airport: 'SCL', localDateTime: '2020-01-19T23:00' },
      arrival: { airport: 'JFK', localDateTime: '2020-01-20T07:40' },
    });
    expect(traveller(r, 'CAPONE')).toMatchObject({
      givenNames: ['LISA', 'ALVINA'],
      sex: 'F',
      birthDate: '1972-08-05',
      seat: '019F',
      documents: [
        { type: 'P', number: '907316631', expiryDate: '2025-11-03', issuingCountry: 'USA' },
      ],
    });
    // DOC++433419360 has no type; LOC+91+ has no issuer; five documents had expired by departure.
    expect(r.findings.map((f) => f.rule).sort()).toEqual([
      'paxlst.country-code',
      ...Array<string>(5).fill('paxlst.doc.expired'),
      'paxlst.doc.type',
    ]);
    expect(r.manifest.totals).toEqual({ passengers: 10 });
  });

  it('flight2.txt: GWOCK checked four bags, 141 kg, tags from 2660040', () => {
    const r = reading('US-CBP__GTAS/flight2.txt');
    expect(route(r)).toEqual(['FI615 KEF-JFK']);
    expect(traveller(r, 'GWOCK').baggage).toEqual({
      count: 4,
      weight: { value: 141, unit: 'KGM' },
      tags: [
        { number: '2660040', consecutive: 3 },
        { number: '2660043', consecutive: 1 },
      ],
    });
    expect(
      r.findings.filter((f) => f.rule === 'paxlst.doc.type').map((f) => f.location.value),
    ).toEqual(['', 'K', 'K']);
  });

  it("flight3.txt: JIANG's padded birth date is reported and still read", () => {
    const r = reading('US-CBP__GTAS/flight3.txt');
    expect(route(r)).toEqual(['YY123 IAD-BRU']);
    expect(traveller(r, 'JIANG').birthDate).toBe('1967-06-03');
    expect(
      r.findings.filter((f) => f.kind === 'syntax').map((f) => [f.rule, f.location.value]),
    ).toEqual([['paxlst.dtm.date', ' 670603']]);
  });

  it('Test1.txt: a US crew list (BGM 250+C) of UA0989 FRA–IAD, crew total sent as CNT+41+8', () => {
    const r = reading('US-CBP__GTAS/Test1.txt');
    expect(r.manifest.message.documentName).toEqual({ code: '250', meaning: 'crew list' });
    expect(route(r)).toEqual(['UA0989 FRA-IAD']);
    expect(r.manifest.travellers.every((t) => t.role === 'crew')).toBe(true);
    expect(traveller(r, 'Steur')).toMatchObject({
      birthPlace: 'Hartford USA',
      firstArrival: 'IAD',
      residenceCountry: 'GBR',
    });
    expect(r.manifest.totals).toEqual({ crew: 8 });
    expect(r.findings.map((f) => f.rule)).toEqual([
      'paxlst.bgm.national-function',
      'paxlst.cnt.value',
    ]);
  });

  it('Test3.txt: part 1 of a split manifest; its CNT is the flight total and crew (41) in a passenger list', () => {
    const r = reading('US-CBP__GTAS/Test3.txt');
    expect(r.manifest.message).toMatchObject({
      reference: 'WSPDLA',
      accessReference: 'ABC01',
      part: { number: 1, last: false },
    });
    expect(r.manifest.totals).toEqual({ crew: 206 });
    expect(r.findings.map((f) => f.rule)).toEqual([
      'paxlst.bgm.function',
      'paxlst.list-type.count',
    ]);
  });

  it('airline2.edi: TN506 BRE–YEU, part 10 of 10, BETTON on passport 178556534', () => {
    const r = reading('US-CBP__GTAS/airline2.edi');
    expect(route(r)).toEqual(['TN506 BRE-YEU']);
    expect(r.manifest.message.part).toEqual({ number: 10, last: true });
    expect(traveller(r, 'BETTON').documents).toEqual([
      { type: 'P', number: '178556534', expiryDate: '2018-02-21', issuingCountry: 'USA' },
    ]);
    expect(r.findings).toEqual([]);
  });

  it('apisMessage.txt: two LOC 92 legs via ORD and the header transaction reference', () => {
    const r = reading('US-CBP__GTAS/apisMessage.txt');
    expect(route(r)).toEqual(['AA123 ATL-ORD', 'AA124 ORD-JFK']);
    expect(r.manifest.message.transactionReference).toBe('AJYTR1070219');
    expect(traveller(r, 'CLARK').references).toEqual([
      { qualifier: 'AVF', value: 'TYR123' },
      { qualifier: 'ABO', value: 'ABC123' },
      { qualifier: 'AEA', value: '1234567890ABC' },
      { qualifier: 'CR', value: '20060907NY123' },
    ]);
    // Only LOC 92 legs: no border crossing (125/87) is named.
    expect(r.findings.filter((f) => f.kind === 'syntax').map((f) => f.rule)).toEqual([
      'paxlst.loc.departure-missing',
      'paxlst.loc.arrival-missing',
    ]);
  });

  it('multiple_flight_leg_apis.txt: three legs to CDG, BARRETT on French passport YY3478621G', () => {
    const r = reading('US-CBP__GTAS/multiple_flight_leg_apis.txt');
    expect(route(r)).toEqual(['QQ877 MIA-IAD', 'QQ827 IAD-JFK', 'QQ827 JFK-CDG']);
    expect(traveller(r, 'BARRETT').documents).toEqual([
      { type: 'P', number: 'YY3478621G', expiryDate: '2008-12-30', issuingCountry: 'FRA' },
    ]);
    expect(r.findings).toEqual([]);
  });

  it('airline2__typeB: AA346 MBJ–ORD unwrapped from Type B, KAINRATH on passport 028191145', () => {
    const r = reading('seamustuohy__GTAS/airline2__typeB_v20150622.edi');
    expect(route(r)).toEqual(['AA346 MBJ-ORD']);
    expect(traveller(r, 'KAINRATH')).toMatchObject({
      givenNames: ['SUSAN', 'MICHELLE'],
      documents: [
        { type: 'P', number: '028191145', expiryDate: '2014-08-03', issuingCountry: 'USA' },
      ],
    });
    expect(r.findings).toEqual([]);
  });
});
