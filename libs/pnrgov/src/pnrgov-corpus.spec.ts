import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInterchange } from '@app/edifact';
import { readPnrgov, PnrgovReading } from './pnrgov.reader';
import { NOW } from './testing/pnrgov-message.fixture';

const CORPUS = join(__dirname, '../../../test/fixtures/corpus');

/** PNRs per file, from an independent reader. codeshare.edi and infant.edi have unreadable UNA headers: no message at all. */
const EXPECTED_PNRS: Record<string, number> = {
  '2_pnrs_basic.edi': 2,
  '3_pnrs.edi': 3,
  'adult_and_infant.edi': 1,
  'no_pnr_history.edi': 3,
  'pnr_split.edi': 2,
  'codeshare.edi': 0,
  'infant.edi': 0,
  'bigMessagePnr.txt': 1,
  'bigbigPnr.txt': 47,
  'danglingMetaCharacter.txt': 1,
  'modifyPnr77ForCodeShare.txt': 1,
  'multiple_flight_leg_pnr.txt': 1,
  'pnr1.txt': 1,
  'pnr2.txt': 1,
  'pnr3.txt': 1,
  'pnr4.txt': 1,
  'pnrAddressPhoneCTCM.txt': 1,
  'pnrBadFormat.txt': 1,
  'pnrEdge.txt': 1,
  'pnrEdge__v6e96c489.txt': 1,
  'pnrForSingleRuleHits.txt': 127,
  'pnrMessage.txt': 1,
  'pnrMessageExample.txt': 1,
  'pnrMessagePg75.txt': 2,
  'pnrMessagePg76.txt': 1,
  'pnrMessagePg77.txt': 1,
  'pnrNoOrgMsg.txt': 1,
  'pnrPhoneCTCM.txt': 1,
  'pnrPhoneCTCM__v750f7774.txt': 1,
  'pnrPhoneCTC_M.txt': 1,
  'pnrPhoneCTC_M__v9f5d234d.txt': 1,
  'pnrSeatFormats.txt': 1,
  'pnrWithBags.txt': 127,
  'pnrWithDoco.txt': 1,
  'pnrWithIFTSegment.txt': 1,
  'pnrWithPrefixesAndBookingDetailBags.txt': 1,
};

const manifestPnrgovFiles = (): string[] =>
  readFileSync(join(CORPUS, 'MANIFEST.tsv'), 'latin1')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cols) => cols[4] === 'PNRGOV')
    .map((cols) => cols[0]);

const readings = new Map<string, PnrgovReading[]>();
function read(file: string): PnrgovReading[] {
  let cached = readings.get(file);
  if (cached === undefined) {
    const interchange = readInterchange(readFileSync(join(CORPUS, 'US-CBP__GTAS', file)));
    cached = interchange.messages
      .filter((m) => m.type === 'PNRGOV')
      .map((m) => readPnrgov(m, { now: NOW }));
    readings.set(file, cached);
  }
  return cached;
}
const firstPush = (file: string) => read(file)[0].push;

describe('PNRGOV corpus (US-CBP GTAS)', () => {
  it('covers every PNRGOV file of the manifest', () => {
    expect(
      manifestPnrgovFiles()
        .map((f) => f.replace('US-CBP__GTAS/', ''))
        .sort(),
    ).toEqual(Object.keys(EXPECTED_PNRS).sort());
  });

  it.each(Object.entries(EXPECTED_PNRS))('%s holds %i PNRs, one per SRC', (file, pnrs) => {
    const messages = read(file);
    expect(messages.reduce((n, r) => n + r.push.pnrs.length, 0)).toBe(pnrs);
    if (pnrs === 0) expect(messages).toHaveLength(0);
  });

  it('rejects only the files that break the guide: MSG and ORG missing, and a file cut up by typographic quotes', () => {
    const rejected = Object.keys(EXPECTED_PNRS).filter((file) =>
      read(file).some((r) => r.findings.some((f) => f.kind === 'syntax')),
    );
    expect(rejected).toEqual(['pnrMessagePg75.txt', 'pnrNoOrgMsg.txt']);
    expect(
      read('pnrNoOrgMsg.txt')[0]
        .findings.filter((f) => f.kind === 'syntax')
        .map((f) => [f.rule, f.location.tag]),
    ).toEqual([
      ['pnrgov.level0.missing', 'MSG'],
      ['pnrgov.level0.missing', 'ORG'],
    ]);
  });

  it('reads the push header: message function, sender, flight, declared PNR count', () => {
    expect(firstPush('no_pnr_history.edi')).toMatchObject({
      message: { reference: '1', version: '11.1', function: 'full', functionCode: '22' },
      sender: { airline: '1A', location: 'MUC' },
      flight: {
        carrier: 'LH',
        number: '474',
        departureAirport: 'MUC',
        arrivalAirport: 'YUL',
        departure: '2013-05-27T15:50',
        arrival: '2013-05-27T18:20',
      },
      expectedPnrs: 3,
    });
  });

  it('reads locators, passengers and documents (2_pnrs_basic.edi)', () => {
    const pnr = firstPush('2_pnrs_basic.edi').pnrs[0];
    expect(pnr.locators).toEqual([
      { airline: 'DL', locator: 'MFN4TI', type: undefined, createdAt: undefined },
    ]);
    expect(pnr.passengers[0]).toMatchObject({
      surname: 'SMITHJR',
      givenNames: 'JOHNMR',
      firstNames: 'JOHN',
      title: 'MR',
      type: 'A',
      travellerReference: '1',
    });
    expect(pnr.documents[0]).toMatchObject({
      type: 'P',
      issuer: 'GBR',
      number: '123456789',
      nationality: 'GBR',
      birthDate: '1964-07-12',
      sex: 'M',
      expiryDate: '2019-08-23',
      surname: 'SMITHJR',
      passenger: 0,
    });
    expect(pnr.split).toEqual({
      passengers: 1,
      locators: [{ airline: 'DL', locator: 'ABCDEF', type: undefined, createdAt: undefined }],
    });
    expect(pnr.history[0].changes).toHaveLength(12);
  });

  it("reads a codeshare flight and several reservation systems' locators (no_pnr_history.edi)", () => {
    const pnr = firstPush('no_pnr_history.edi').pnrs[0];
    expect(pnr.locators.map((l) => `${l.airline}:${l.locator}`)).toEqual([
      '1A:3MZVP2',
      'AC:P46KA5',
    ]);
    expect(pnr.itinerary).toEqual([
      expect.objectContaining({
        carrier: 'AC',
        number: '9099',
        operatingCarrier: 'LH',
        operatingNumber: '474',
      }),
    ]);
  });

  it("gives an infant its own passport, carried in the adult's group (adult_and_infant.edi)", () => {
    const pnr = firstPush('adult_and_infant.edi').pnrs[0];
    expect(pnr.passengers.map((p) => [p.surname, p.isInfant, p.withInfant])).toEqual([
      ['TESTSURNAMEONE', false, true],
      ['TESTSURNAMETWO', true, false],
    ]);
    expect(pnr.documents.map((d) => [d.number, d.sex, d.passenger])).toEqual([
      ['52263000', 'F', 0],
      ['AO234000', 'FI', 1],
    ]);
  });

  it('reads contacts from ADD and IFT, email decoded (pnrPhoneCTCM.txt)', () => {
    expect(
      firstPush('pnrPhoneCTCM.txt').pnrs[0].contacts.map((c) => [c.kind, c.source, c.value]),
    ).toEqual([
      ['address', 'ADD', '8095 KIRBY AVENUE, RIO DE JANEIRO, BR'],
      ['phone', 'ADD', '8675309'],
      ['email', 'IFT', 'MOLLY_LOUUNT+50BB@GMAIL.COM'],
      ['phone', 'IFT', '123456789'],
    ]);
  });

  it('reads payments with their sponsor, tickets, bags and seats (pnrWithBags.txt)', () => {
    const push = firstPush('pnrWithBags.txt');
    const pnr = push.pnrs[0];
    expect(pnr.payments[0]).toMatchObject({
      type: 'CC',
      amount: '100.00',
      vendor: 'VI',
      holderName: 'JACKI FENNER',
      passenger: 0,
    });
    expect(pnr.tickets[0]).toMatchObject({
      number: '49461049461049',
      amounts: [
        { qualifier: 'B', amount: '94.34', currency: 'GBP' },
        { qualifier: 'T', amount: '100.00', currency: 'GBP' },
      ],
    });
    expect(pnr.bags[0]).toMatchObject({
      source: 'TBD',
      count: 1,
      weight: 53,
      weightUnit: 'lb',
      tags: [{ carrier: 'ET', number: '0443', destination: 'FRA' }],
      passenger: 0,
      leg: 0,
    });
    expect(pnr.seats.filter((s) => s.source === 'SSD').map((s) => s.number)).toEqual([
      'XXX',
      'XXX',
      '22J',
    ]);
    expect(
      read('pnrWithBags.txt')[0].findings.find((f) => f.rule === 'pnrgov.eqn.count')?.message,
    ).toContain('EQN declares 1 PNRs');
  });

  it('reads a visa from SSR DOCO (pnrWithDoco.txt)', () => {
    expect(firstPush('pnrWithDoco.txt').pnrs[0].documents[1]).toMatchObject({
      source: 'DOCO',
      type: 'V',
      number: '8675309',
      issueDate: '2006-12-22',
      passenger: 0,
    });
  });
});
