import { IsoTime } from '../database/database';

export function isoTime(date: Date = new Date()): IsoTime {
  return date.toISOString();
}

export function fromIsoTime(text: IsoTime): Date {
  return new Date(text);
}

/** 0/1 flags in, booleans out: see the column conventions in database.ts. */
export function toFlag(value: boolean): 0 | 1 {
  return value ? 1 : 0;
}

export function fromOptionalIsoTime(text: IsoTime | null): Date | null {
  return text === null ? null : new Date(text);
}
