import { segmentOf } from '../testing/pnrgov-message.fixture';
import {
  contactFromSsr,
  contactFromText,
  decodeEmail,
  readAddress,
  readDocumentAddress,
} from './contact.parser';

describe('contacts', () => {
  it('decodes IATA email free text', () => {
    expect(decodeEmail('MOLLY..LOBB//GMAIL.COM')).toBe('MOLLY_LOBB@GMAIL.COM');
    expect(decodeEmail('J./DOE//EXAMPLE.COM-1.1')).toBe('J-DOE@EXAMPLE.COM');
  });

  it.each([
    [
      'CTCE PETER..DOOLIN//GMAIL.COM',
      { kind: 'email', source: 'IFT', purpose: 'E', value: 'PETER_DOOLIN@GMAIL.COM' },
    ],
    ['YY CTCM 123456789', { kind: 'phone', source: 'IFT', purpose: 'M', value: '123456789' }],
    ['YY CTC M 123456789', { kind: 'phone', source: 'IFT', purpose: 'M', value: '123456789' }],
    [
      'AM CTCT BOG 571 600 5830 A',
      { kind: 'phone', source: 'IFT', purpose: 'T', value: 'BOG 571 600 5830 A' },
    ],
    [
      'AM CTCBOG 571-600 5820-A-CO',
      { kind: 'phone', source: 'IFT', value: 'BOG 571-600 5820-A-CO' },
    ],
  ])('reads %s', (text, contact) => {
    expect(contactFromText(text, 'IFT')).toEqual(contact);
  });

  it('finds no contact in plain remarks', () => {
    expect(contactFromText('THIS PASSENGER IS A VIP', 'IFT')).toBeUndefined();
  });

  it('reads SSR CTCE and CTCM, dropping a name association', () => {
    expect(contactFromSsr('CTCE', 'JANE//EXAMPLE.COM-1.1')).toEqual({
      kind: 'email',
      source: 'SSR',
      purpose: 'E',
      value: 'JANE@EXAMPLE.COM',
    });
    expect(contactFromSsr('CTCM', '4915112345678-1')).toEqual({
      kind: 'phone',
      source: 'SSR',
      purpose: 'M',
      value: '4915112345678',
    });
  });

  it('reads an ADD address and its telephone', () => {
    expect(
      readAddress(segmentOf('ADD++702:45 HIGH STREET:SLOUGH:BERKSHIRE::GB:SL1AA:00441753637285')),
    ).toEqual([
      {
        kind: 'address',
        source: 'ADD',
        purpose: '702',
        value: '45 HIGH STREET, SLOUGH, BERKSHIRE, SL1AA, GB',
        address: {
          street: '45 HIGH STREET',
          city: 'SLOUGH',
          state: 'BERKSHIRE',
          country: 'GB',
          postalCode: 'SL1AA',
        },
      },
      { kind: 'phone', source: 'ADD', purpose: '702', value: '00441753637285' },
    ]);
    expect(readAddress(segmentOf('ADD++700:::::::EK CTC M 5432109876'))).toEqual([
      { kind: 'phone', source: 'ADD', purpose: 'M', value: '5432109876' },
    ]);
  });

  it('reads an SSR DOCA address', () => {
    expect(readDocumentAddress('/D/AUS/13 SHORE AVENUE/BROADBEACH/QLD/4215')).toEqual({
      kind: 'address',
      source: 'SSR',
      purpose: 'D',
      value: '13 SHORE AVENUE, BROADBEACH, QLD, 4215, AUS',
      address: {
        country: 'AUS',
        street: '13 SHORE AVENUE',
        city: 'BROADBEACH',
        state: 'QLD',
        postalCode: '4215',
      },
    });
  });
});
