import { VALID, read } from '../testing/paxlst-message.fixture';
import { toPaxlstJson } from './paxlst-json.mapper';

describe('toPaxlstJson', () => {
  it('maps a manifest to the versioned JSON, without segment positions or absent values', () => {
    const json = toPaxlstJson(read(VALID).manifest);
    expect(json).toEqual({
      schema: 'paxgate.paxlst/1',
      message: {
        reference: 'M1',
        version: 'D05B',
        documentName: { code: '745', meaning: 'passenger list' },
      },
      reportingParty: { name: 'JOHN SMITH', contacts: [{ number: '703-555-1212', channel: 'TE' }] },
      legs: [
        {
          transportStage: '20',
          journeyId: 'LH400',
          carrierCode: 'LH',
          flightNumber: '400',
          departure: { airport: 'FRA', localDateTime: '2026-06-01T10:00' },
          arrival: { airport: 'JFK', localDateTime: '2026-06-01T13:00' },
          locations: [
            {
              qualifier: '125',
              role: 'last-departure',
              airport: 'FRA',
              departure: '2026-06-01T10:00',
            },
            { qualifier: '87', role: 'first-arrival', airport: 'JFK', arrival: '2026-06-01T13:00' },
          ],
        },
      ],
      travellers: [
        {
          role: 'passenger',
          roleCode: 'FL',
          surname: 'DOE',
          givenNames: ['JANE', 'MARY'],
          sex: 'F',
          birthDate: '1980-01-01',
          nationality: 'DEU',
          references: [],
          contacts: [],
          documents: [
            { type: 'P', number: 'C01X00T47', expiryDate: '2030-01-01', issuingCountry: 'DEU' },
          ],
        },
      ],
      totals: { passengers: 1 },
    });
    expect(JSON.stringify(json)).not.toContain('undefined');
  });

  it('returns a fresh object: changing the JSON leaves the manifest alone', () => {
    const { manifest } = read(VALID);
    const json = toPaxlstJson(manifest);
    json.travellers[0].givenNames.push('X');
    json.travellers[0].documents[0].number = 'CHANGED';
    expect(manifest.travellers[0].givenNames).toEqual(['JANE', 'MARY']);
    expect(manifest.travellers[0].documents[0].number).toBe('C01X00T47');
  });

  it('leaves out keys whose values were never read (no reporting party, no totals)', () => {
    const json = toPaxlstJson(read(['BGM+745']).manifest);
    expect(Object.keys(json)).toEqual(['schema', 'message', 'legs', 'travellers', 'totals']);
    expect(json.totals).toEqual({});
  });
});
