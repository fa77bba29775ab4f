import { Segment, valueAt } from '@app/edifact';
import { Passenger } from '../model/pnr.model';
import {
  INFANT_TRAVELLER_TYPE,
  NAME_TITLES,
  UNSPACED_TITLES,
} from '../structure/pnrgov-code-lists';

const SPACED_TITLES: ReadonlySet<string> = new Set(NAME_TITLES);

/**
 * Splits a title off given names: `TESTNAMEONE MRS` and `JOHNMR` both give a title. A run-on title
 * is ambiguous (`ADAMS`), so the given names as received are always kept beside the split.
 */
export function splitTitle(givenNames: string): { firstNames: string; title?: string } {
  const trimmed = givenNames.trim();
  const space = trimmed.lastIndexOf(' ');
  if (space > 0 && SPACED_TITLES.has(trimmed.slice(space + 1))) {
    return { firstNames: trimmed.slice(0, space).trim(), title: trimmed.slice(space + 1) };
  }
  const title = UNSPACED_TITLES.find((t) => trimmed.endsWith(t) && trimmed.length - t.length >= 2);
  return title === undefined
    ? { firstNames: trimmed }
    : { firstNames: trimmed.slice(0, -title.length), title };
}

/** TIF `SURNAME:qualifier+GIVEN NAMES:type:traveller reference:infant indicator`. */
export function readPassenger(tif: Segment): Passenger {
  const givenNames = valueAt(tif, 2, 1);
  const type = valueAt(tif, 2, 2);
  const { firstNames, title } = splitTitle(givenNames);
  return {
    surname: valueAt(tif, 1, 1),
    givenNames: givenNames || undefined,
    firstNames: firstNames || undefined,
    title,
    // A group booking names the group in the surname, qualified G (`TIF+ACME TEAM PARTY:G`).
    type: type || (valueAt(tif, 1, 2) === 'G' ? 'G' : undefined),
    travellerReference: valueAt(tif, 2, 3) || undefined,
    isInfant: type === INFANT_TRAVELLER_TYPE,
    withInfant: valueAt(tif, 2, 4) === '1',
  };
}

/** A key to find the passenger a Gr.7 or history TIF names. */
export function nameKey(surname: string, givenNames: string): string {
  return `${surname.trim()}/${givenNames.trim()}`;
}
