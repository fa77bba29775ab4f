import { Segment } from '@app/edifact';
import { RecordLocator } from '../model/pnr.model';
import { isDdmmyy, localDateTime } from './pnrgov-date.parser';

export interface LocatorReading {
  locators: RecordLocator[];
  /**
   * The element (1-based) of the first C330 whose creation date stands where the reservation
   * control type belongs (`UA:86C92D:080818:1220`), as some senders write it.
   */
  dateInTypePosition?: number;
}

/** RCI: each element is a C330 `airline:locator:type:DDMMYY:HHMM[SS]`. */
export function readLocators(rci: Segment): LocatorReading {
  let dateInTypePosition: number | undefined;
  const locators: RecordLocator[] = [];
  for (const [index, c] of rci.elements.entries()) {
    const [airline = '', locator = '', type = '', date = '', time = ''] = c;
    const shifted = time === '' && isDdmmyy(type) && !isDdmmyy(date);
    if (shifted) dateInTypePosition ??= index + 1;
    const [d, t] = shifted ? [type, date] : [date, time];
    locators.push({
      airline: airline || undefined,
      locator: locator || undefined,
      type: shifted ? undefined : type || undefined,
      createdAt: d === '' ? undefined : localDateTime(d, t.slice(0, 4)),
    });
  }
  return { locators, dateInTypePosition };
}
