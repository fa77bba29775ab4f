const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real calendar date as YYMMDD or CCYYMMDD. */
export function isValidDate(value: string): boolean {
  if (!/^(\d{6}|\d{8})$/.test(value)) return false;
  const year = value.length === 8 ? Number(value.slice(0, 4)) : 2000 + Number(value.slice(0, 2));
  const month = Number(value.slice(-4, -2));
  const day = Number(value.slice(-2));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]);
}

/** True for a real time of day as HHMM (HHMMSS tolerated). */
export function isValidTime(value: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})?$/.exec(value);
  return (
    m !== null &&
    Number(m[1]) < 24 &&
    Number(m[2]) < 60 &&
    (m[3] === undefined || Number(m[3]) < 60)
  );
}
