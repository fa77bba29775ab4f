// EDIFACT dates carry two-digit years; the century comes from a rule and a reference instant.

/**
 * `not-future`: birth and issue dates, the latest century that does not pass `now`.
 * `nearest`: flight and expiry dates, the century that puts the year within 50 years of `now`.
 */
export type CenturyRule = 'not-future' | 'nearest';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
/** '00' … '99': dates are on every traveller, so their parts are not padded one by one. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => pad(n));
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number two ASCII digits at `at` spell, or -1. */
function twoDigits(value: string, at: number): number {
  const tens = value.charCodeAt(at) - 48;
  const units = value.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}

/** Days in a month of a four-digit year; other years as `Date.UTC` reads them (0–99 is 1900–1999). */
function daysInMonth(year: number, month: number): number {
  if (!(year >= 1000 && year <= 9999)) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  const yyyy = year >= 1000 && year <= 9999 ? String(year) : pad(year, 4);
  return `${yyyy}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

/** The last instant asked about and its day: one clock serves a whole message. */
let todayOf = NaN;
let today = '';

function todayIso(now: Date): string {
  const time = now.getTime();
  if (time !== todayOf) {
    today = `${pad(now.getUTCFullYear(), 4)}-${pad(now.getUTCMonth() + 1)}-${pad(now.getUTCDate())}`;
    todayOf = time;
  }
  return today;
}

function withCentury(
  yy: number,
  month: number,
  day: number,
  now: Date,
  rule: CenturyRule,
): string | undefined {
  const nowYear = now.getUTCFullYear();
  if (rule === 'nearest') {
    let year = Math.floor(nowYear / 100) * 100 + yy;
    if (year > nowYear + 49) year -= 100;
    else if (year < nowYear - 50) year += 100;
    return isoDate(year, month, day);
  }
  const sameCentury = isoDate(Math.floor(nowYear / 100) * 100 + yy, month, day);
  // 29 February of a non-leap year is invalid in one century and maybe valid in the other.
  const earlier = isoDate(Math.floor(nowYear / 100) * 100 + yy - 100, month, day);
  return sameCentury !== undefined && sameCentury <= todayIso(now) ? sameCentury : earlier;
}

/** True when every character of `value` is an ASCII digit. */
function allDigits(value: string): boolean {
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** YYMMDD (century by `rule`) or CCYYMMDD to `YYYY-MM-DD`; undefined when not a real date. */
export function parseCalendarDate(value: string, now: Date, rule: CenturyRule): string | undefined {
  if ((value.length !== 6 && value.length !== 8) || !allDigits(value)) return undefined;
  if (value.length === 8) {
    const year = twoDigits(value, 0) * 100 + twoDigits(value, 2);
    return isoDate(year, twoDigits(value, 4), twoDigits(value, 6));
  }
  return withCentury(twoDigits(value, 0), twoDigits(value, 2), twoDigits(value, 4), now, rule);
}

/**
 * YYMMDDHHMM (format 201) or CCYYMMDDHHMM (203) to `YYYY-MM-DDTHH:MM`, local as sent; a 6 or
 * 8 digit value is a date only. Undefined when not a real date and time.
 */
export function parseLocalDateTime(value: string, now: Date): string | undefined {
  const length = value.length;
  if (length === 6 || length === 8) return parseCalendarDate(value, now, 'nearest');
  if ((length !== 10 && length !== 12) || !allDigits(value)) return undefined;
  const hours = twoDigits(value, length - 4);
  const minutes = twoDigits(value, length - 2);
  if (hours > 23 || minutes > 59) return undefined;
  const date = parseCalendarDate(value.slice(0, length - 4), now, 'nearest');
  return date === undefined ? undefined : `${date}T${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}`;
}

/** Today as `YYYY-MM-DD` (UTC), for "not in the future" checks. */
export function isoToday(now: Date): string {
  return todayIso(now);
}

/** Minutes between two local date-times from `parseLocalDateTime`; undefined unless both have a time. */
export function minutesBetween(from: string, to: string): number | undefined {
  if (from.length < 16 || to.length < 16) return undefined;
  return (Date.parse(`${to}:00Z`) - Date.parse(`${from}:00Z`)) / 60000;
}
