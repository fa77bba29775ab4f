import { codeListEntry } from '@app/edifact';
import { Segment, valueAt } from '@app/edifact';
import { Bag, BagTag } from '../model/pnr-detail.model';
import { WEIGHT_UNITS } from '../structure/pnrgov-code-lists';
import { decimalNumber, wholeNumber } from './number.parser';

const POOL = new Set(['HP', 'MP']);

/** EBD `currency:charge+number in excess::…`: bags over the allowance and what they cost. */
export function readExcessBags(ebd: Segment): Bag {
  const currency = valueAt(ebd, 1, 1);
  const amount = valueAt(ebd, 1, 2);
  return {
    source: 'EBD',
    count: wholeNumber(valueAt(ebd, 2, 1)),
    tags: [],
    charge:
      currency === '' && amount === ''
        ? undefined
        : { amount: amount || undefined, currency: currency || undefined },
  };
}

/**
 * TBD `+count:weight:unit+…+HP/MP+carrier:tag number:consecutive:destination…`. The pool mark may
 * also stand in element 3 (`TBD+++MP:0741234123456`: a pool member with its head's tag).
 */
export function readCheckedBags(tbd: Segment): Bag {
  const unit = valueAt(tbd, 2, 3);
  const tags: BagTag[] = [];
  let pool = POOL.has(valueAt(tbd, 4)) ? valueAt(tbd, 4) : undefined;
  if (POOL.has(valueAt(tbd, 3))) {
    pool = valueAt(tbd, 3);
    if (valueAt(tbd, 3, 2) !== '') tags.push({ number: valueAt(tbd, 3, 2) });
  }
  for (let e = 4; e < tbd.elements.length; e++) {
    const [carrier = '', number = '', consecutive = '', destination = ''] = tbd.elements[e];
    if (number.trim() === '') continue;
    tags.push({
      carrier: carrier.trim() || undefined,
      number: number.trim(),
      consecutive: wholeNumber(consecutive),
      destination: destination || undefined,
    });
  }
  return {
    source: 'TBD',
    count: wholeNumber(valueAt(tbd, 2, 1)),
    weight: decimalNumber(valueAt(tbd, 2, 2)),
    weightUnit: unit === '' ? undefined : (codeListEntry(WEIGHT_UNITS, unit) ?? unit),
    pool,
    tags,
  };
}

/** A baggage SSR (XBAG, PDBG, …): the quantity and the free text. */
export function bagFromSsr(quantity: string, text: string): Bag {
  return { source: 'SSR', count: wholeNumber(quantity), tags: [], text: text || undefined };
}
