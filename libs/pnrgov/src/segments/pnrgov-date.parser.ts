import { codeListEntry } from '@app/edifact';
import { isValidDate } from '@app/edifact';
import { LocalDateTime } from '../model/pnrgov-push.model';
import { MONTHS } from '../structure/pnrgov-code-lists';

const DDMMMYY = /^(\d{2})([A-Z]{3})(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number two ASCII digits at `at` spell, or -1. Dates are on every flight and PNR: no regex, no Date. */
function twoDigits(value: string, at: number): number {
  const tens = value.charCodeAt(at) - 48;
  const units = value.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}

/** True for a real calendar date written DDMMYY (years 2000-2099), as PNRGOV writes dates. */
export function isDdmmyy(value: string): boolean {
  if (value.length !== 6) return false;
  const [day, month, year] = [twoDigits(value, 0), twoDigits(value, 2), twoDigits(value, 4)];
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0; // 2000 is a leap year, and 2100 is out of range
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/** True for a real time of day written HHMM. */
export function isHhmm(value: string): boolean {
  if (value.length !== 4) return false;
  const hours = twoDigits(value, 0);
  const minutes = twoDigits(value, 2);
  return hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60;
}

/** DDMMYY to an ISO date in 20YY (PNRGOV dates are bookings and flights), or undefined. */
export function isoDate(ddmmyy: string): string | undefined {
  return isDdmmyy(ddmmyy)
    ? `20${ddmmyy.slice(4, 6)}-${ddmmyy.slice(2, 4)}-${ddmmyy.slice(0, 2)}`
    : undefined;
}

/** An ISO local date-time from DDMMYY and HHMM; the date alone when the time is absent or bad. */
export function localDateTime(ddmmyy: string, hhmm: string): LocalDateTime | undefined {
  const date = isoDate(ddmmyy);
  if (date === undefined) return undefined;
  return isHhmm(hhmm) ? `${date}T${hhmm.slice(0, 2)}:${hhmm.slice(2)}` : date;
}

/**
 * A DOCS date such as `10SEP72` to ISO. A birth date takes the latest century that does not put
 * it after `notAfterYear`; an expiry or issue date is in 20YY.
 */
export function isoDateFromDdmmmyy(
  value: string,
  kind: 'birth' | 'other',
  notAfterYear: number,
): string | undefined {
  const m = DDMMMYY.exec(value);
  const month = m === null ? undefined : codeListEntry(MONTHS, m[2]);
  if (m === null || month === undefined) return undefined;
  let year = 2000 + Number(m[3]);
  if (kind === 'birth' && year > notAfterYear) year -= 100;
  const iso = `${year}-${month}-${m[1]}`;
  return isValidDate(`${year}${month}${m[1]}`) ? iso : undefined;
}

/** Minutes from local date-time a to b; undefined unless both carry a time. */
export function minutesBetween(
  a: LocalDateTime | undefined,
  b: LocalDateTime | undefined,
): number | undefined {
  if (a === undefined || b === undefined || a.length < 16 || b.length < 16) return undefined;
  return (Date.parse(`${b}:00Z`) - Date.parse(`${a}:00Z`)) / 60000;
}
