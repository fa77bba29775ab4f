import { FindingSink, PlacedSegment } from '../findings/finding.sink';
import { TravelDocument } from '../model/pnr-detail.model';
import { DOCS_SEX_CODES } from '../structure/pnrgov-code-lists';
import { isoDateFromDdmmmyy } from './pnrgov-date.parser';

const LAYOUT =
  '/type/issuer/number/nationality/birth date/sex/expiry/surname/given names[/middle names]';

const orUndefined = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value.trim();
const fieldsOf = (text: string): string[] =>
  (text.startsWith('/') ? text.slice(1) : text).split('/');

/**
 * SSR DOCS free text `/P/KR/JR3364288/KR/10SEP72/M/05JUL16/PARK/SEJOON`. A malformed one is a
 * data-quality problem, not a syntax fault: the segment is well formed, its free text is not.
 * Findings point at the free text (element 1, component 9).
 */
export function readDocs(
  text: string,
  placed: PlacedSegment,
  sink: FindingSink,
  notAfterYear: number,
): TravelDocument {
  const f = fieldsOf(text);
  const at = { element: 1, component: 9, value: text };
  const document: TravelDocument = {
    source: 'DOCS',
    type: orUndefined(f[0]),
    issuer: orUndefined(f[1]),
    number: orUndefined(f[2]),
    nationality: orUndefined(f[3]),
    birthDate: isoDateFromDdmmmyy(f[4] ?? '', 'birth', notAfterYear),
    sex: orUndefined(f[5]),
    expiryDate: isoDateFromDdmmmyy(f[6] ?? '', 'other', notAfterYear),
    surname: orUndefined(f[7]),
    givenNames: orUndefined(f[8]),
    middleNames: orUndefined(f.slice(9).join(' ')),
    text,
  };
  if (text.trim() === '') {
    sink.warning(
      'pnrgov.ssr.docs.format',
      'SSR DOCS carries no free text: no travel document can be read.',
      placed,
      at,
    );
    return document;
  }
  if (f.length < 8 || document.surname === undefined) {
    sink.warning(
      'pnrgov.ssr.docs.format',
      `SSR DOCS free text does not follow ${LAYOUT}: no surname in the eighth field.`,
      placed,
      at,
    );
  }
  checkDate(f[4], document.birthDate, 'birth date', placed, sink, at);
  checkDate(f[6], document.expiryDate, 'expiry date', placed, sink, at);
  if (document.sex !== undefined && !DOCS_SEX_CODES.has(document.sex)) {
    sink.warning(
      'pnrgov.ssr.docs.sex',
      `SSR DOCS sex '${document.sex}' is not one of M, F, U, X, MI, FI, UI.`,
      placed,
      at,
    );
  }
  return document;
}

function checkDate(
  raw: string | undefined,
  read: string | undefined,
  what: string,
  placed: PlacedSegment,
  sink: FindingSink,
  at: { element: number; component: number; value: string },
): void {
  if (raw !== undefined && raw.trim() !== '' && read === undefined) {
    sink.warning(
      'pnrgov.ssr.docs.date',
      `SSR DOCS ${what} '${raw}' is not a real date written DDMMMYY (e.g. 10SEP72).`,
      placed,
      at,
    );
  }
}

/** SSR DOCO free text `/place of birth/type/number/place of issue/issue date/applicable country`. */
export function readDoco(text: string, notAfterYear: number): TravelDocument {
  const f = fieldsOf(text);
  return {
    source: 'DOCO',
    placeOfBirth: orUndefined(f[0]),
    type: orUndefined(f[1]),
    number: orUndefined(f[2]),
    placeOfIssue: orUndefined(f[3]),
    issueDate: isoDateFromDdmmmyy(f[4] ?? '', 'other', notAfterYear),
    issuer: orUndefined(f[5]),
    text,
  };
}
