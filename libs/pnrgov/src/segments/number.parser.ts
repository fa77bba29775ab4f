const WHOLE = /^\d{1,9}$/;
const DECIMAL = /^\d{1,9}(\.\d+)?$/;

/** A count as EDIFACT sends it (`01`, `127`), or undefined for anything else. */
export function wholeNumber(value: string): number | undefined {
  return WHOLE.test(value) ? Number(value) : undefined;
}

/** A quantity with an optional decimal part (`53`, `40.5`), or undefined. */
export function decimalNumber(value: string): number | undefined {
  return DECIMAL.test(value) ? Number(value) : undefined;
}
