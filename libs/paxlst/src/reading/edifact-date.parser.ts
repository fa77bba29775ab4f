// EDIFACT dates carry two-digit years; the century comes from a rule and a reference instant.

/**
 * `not-future`: birth and issue dates, the latest century that does not pass `now`.
 * `nearest`: flight and expiry dates, the century that puts the year within 50 years of `now`.
 */
export type CenturyRule = 'not-future' | 'nearest';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function todayIso(now: Date): string {
  return `${pad(now.getUTCFullYear(), 4)}-${pad(now.getUTCMonth() + 1)}-${pad(now.getUTCDate())}`;
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

/** YYMMDD (century by `rule`) or CCYYMMDD to `YYYY-MM-DD`; undefined when not a real date. */
export function parseCalendarDate(value: string, now: Date, rule: CenturyRule): string | undefined {
  const m = /^(\d{2})?(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (m === null) return undefined;
  const [, cc, yy, mm, dd] = m;
  if (cc !== undefined) return isoDate(Number(cc + yy), Number(mm), Number(dd));
  return withCentury(Number(yy), Number(mm), Number(dd), now, rule);
}

/**
 * YYMMDDHHMM (format 201) or CCYYMMDDHHMM (203) to `YYYY-MM-DDTHH:MM`, local as sent; a 6 or
 * 8 digit value is a date only. Undefined when not a real date and time.
 */
export function parseLocalDateTime(value: string, now: Date): string | undefined {
  if (value.length === 6 || value.length === 8) return parseCalendarDate(value, now, 'nearest');
  const m = /^(\d{6}|\d{8})(\d{2})(\d{2})$/.exec(value);
  if (m === null || Number(m[2]) > 23 || Number(m[3]) > 59) return undefined;
  const date = parseCalendarDate(m[1], now, 'nearest');
  return date === undefined ? undefined : `${date}T${m[2]}:${m[3]}`;
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
