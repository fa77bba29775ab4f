import { Segment, valueAt } from '@app/edifact';
import { Contact, PostalAddress } from '../model/pnr-detail.model';

/** `CTCE JOHN//MAIL.COM`, `YY CTC M 123`, `CTCP MEX1800 …`; `CTCBOG 571 …` names a city, not a kind. */
const CONTACT = /\bCTC ?([A-Z])\s+(.+)$/;
const CITY_CONTACT = /\bCTC([A-Z]{3})\s+(.+)$/;
/** A Type B name association left on the end of SSR free text (`-1.1`). */
const NAME_ASSOCIATION = /-\d+(\.\d+)?$/;

/** IATA email encoding in free text: `//` for @, `..` for _, `./` for -. */
export function decodeEmail(text: string): string {
  return text
    .trim()
    .replace(NAME_ASSOCIATION, '')
    .replaceAll('//', '@')
    .replaceAll('..', '_')
    .replaceAll('./', '-');
}

/** A contact from free text that carries a CTC code (IFT, ADD telephone); undefined when there is none. */
export function contactFromText(text: string, source: Contact['source']): Contact | undefined {
  const typed = CONTACT.exec(text);
  if (typed !== null) return contactOfKind(typed[1], typed[2].trim(), source);
  const city = CITY_CONTACT.exec(text);
  return city === null
    ? undefined
    : { kind: 'phone', source, value: `${city[1]} ${city[2].trim()}` };
}

/** SSR CTCE/CTCM/CTCH/CTCB/CTCR: the letter after CTC says what the free text is. */
export function contactFromSsr(code: string, text: string): Contact | undefined {
  return text.trim() === '' ? undefined : contactOfKind(code.slice(3), text.trim(), 'SSR');
}

function contactOfKind(letter: string, value: string, source: Contact['source']): Contact {
  if (letter === 'E') return { kind: 'email', source, purpose: letter, value: decodeEmail(value) };
  if (letter === 'A') return { kind: 'address', source, purpose: letter, value };
  // Only SSR free text carries a name association; elsewhere `-1234` is part of the number.
  return {
    kind: 'phone',
    source,
    purpose: letter,
    value: source === 'SSR' ? value.replace(NAME_ASSOCIATION, '') : value,
  };
}

/** ADD `+purpose:street:city:state::country:postal code:telephone`: an address and perhaps a phone. */
export function readAddress(add: Segment): Contact[] {
  const c = (n: number): string | undefined => valueAt(add, 2, n).trim() || undefined;
  const address: PostalAddress = {
    street: c(2),
    city: c(3),
    state: c(4),
    country: c(6),
    postalCode: c(7),
  };
  const contacts: Contact[] = [];
  const parts = [
    address.street,
    address.city,
    address.state,
    address.postalCode,
    address.country,
  ].filter((p) => p !== undefined);
  if (parts.length > 0) {
    contacts.push({
      kind: 'address',
      source: 'ADD',
      purpose: c(1),
      value: parts.join(', '),
      address,
    });
  }
  const phone = c(8);
  if (phone !== undefined) {
    contacts.push(
      contactFromText(phone, 'ADD') ?? {
        kind: 'phone',
        source: 'ADD',
        purpose: c(1),
        value: phone,
      },
    );
  }
  return contacts;
}

/** SSR DOCA `/D/AUS/13 SHORE AVENUE/BROADBEACH/QLD/4215`: D destination, R residence address. */
export function readDocumentAddress(text: string): Contact | undefined {
  const f = (text.startsWith('/') ? text.slice(1) : text)
    .split('/')
    .map((v) => v.trim() || undefined);
  const address: PostalAddress = {
    country: f[1],
    street: f[2],
    city: f[3],
    state: f[4],
    postalCode: f[5],
  };
  const parts = [
    address.street,
    address.city,
    address.state,
    address.postalCode,
    address.country,
  ].filter((p) => p !== undefined);
  return parts.length === 0
    ? undefined
    : { kind: 'address', source: 'SSR', purpose: f[0], value: parts.join(', '), address };
}
