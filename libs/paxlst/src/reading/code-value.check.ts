import { valueAt } from '@app/edifact';
import { judgeCountryCode } from '../code-lists/country-codes';
import { CenturyRule, parseCalendarDate } from './edifact-date.parser';
import { PaxlstFindings } from './paxlst-findings.collector';
import { PlacedSegment } from './placed-segment';

/** Where a coded value sits and how to name it in a message. */
export interface CodeSite {
  at: PlacedSegment;
  element: number;
  component?: number;
  /** e.g. "BGM document name (1001)". */
  what: string;
  rule: string;
}

/** Checks a code against its list: 13 when missing, 14 when not in the list. True when usable. */
export function checkCode(
  site: CodeSite,
  list: readonly string[],
  findings: PaxlstFindings,
): boolean {
  const { at, element, component = 1, what, rule } = site;
  const value = valueAt(at.segment, element, component);
  if (value === '') {
    findings.element('13', rule, `${what} is missing.`, at, element, component);
    return false;
  }
  if (!list.includes(value)) {
    findings.element(
      '14',
      rule,
      `${what} '${value}' is not one of ${list.join(', ')}.`,
      at,
      element,
      component,
    );
    return false;
  }
  return true;
}

/** IATA airport codes are exactly three letters A–Z. */
export function checkAirport(at: PlacedSegment, findings: PaxlstFindings): string {
  const qualifier = valueAt(at.segment, 1);
  const code = valueAt(at.segment, 2);
  if (code === '') {
    findings.element('13', 'paxlst.loc.airport', `LOC ${qualifier} has no airport code.`, at, 2);
  } else if (!/^[A-Z]{3}$/.test(code)) {
    findings.element(
      '12',
      'paxlst.loc.airport',
      `LOC ${qualifier} airport '${code}' is not three letters A–Z.`,
      at,
      2,
    );
  }
  return code;
}

/** Country codes: ISO 3166 alpha-3 or an ICAO 9303 code. */
export function checkCountry(
  at: PlacedSegment,
  element: number,
  what: string,
  findings: PaxlstFindings,
): string {
  const code = valueAt(at.segment, element);
  const rule = 'paxlst.country-code';
  switch (code === '' ? 'missing' : judgeCountryCode(code)) {
    case 'missing':
      findings.element('13', rule, `${what} has no country code.`, at, element);
      break;
    case 'malformed':
      findings.element(
        '12',
        rule,
        `${what} '${code}' is not a three-letter country code.`,
        at,
        element,
      );
      break;
    case 'unknown':
      findings.element(
        '14',
        rule,
        `${what} '${code}' is not an ISO 3166 alpha-3 or ICAO 9303 country code.`,
        at,
        element,
      );
      break;
    case 'known':
      break;
  }
  return code;
}

/** DTM date YYMMDD or CCYYMMDD (EDIFACT-NOTES §2); blanks inside a value are a fault, read anyway. */
export function checkCalendarDate(
  at: PlacedSegment,
  rule: CenturyRule,
  now: Date,
  findings: PaxlstFindings,
): string | undefined {
  const qualifier = valueAt(at.segment, 1);
  const value = valueAt(at.segment, 1, 2);
  if (value.trim() === '') {
    findings.element('13', 'paxlst.dtm.date', `DTM ${qualifier} has no date.`, at, 1, 2);
    return undefined;
  }
  const date = parseCalendarDate(value.trim(), now, rule);
  if (date === undefined) {
    findings.element(
      '12',
      'paxlst.dtm.date',
      `DTM ${qualifier} '${value}' is not a real date (YYMMDD or CCYYMMDD).`,
      at,
      1,
      2,
    );
  } else if (value !== value.trim()) {
    findings.element(
      '12',
      'paxlst.dtm.date',
      `DTM ${qualifier} '${value}' has blanks around the date.`,
      at,
      1,
      2,
    );
  }
  return date;
}
