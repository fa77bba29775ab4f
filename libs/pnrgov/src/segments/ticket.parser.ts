import { Segment, valueAt } from '@app/edifact';
import { MonetaryAmount, Ticket } from '../model/pnr-detail.model';

const orUndefined = (value: string | undefined): string | undefined =>
  value === undefined || value === '' ? undefined : value;

/** TKT `number:document type:…`. */
export function readTicket(tkt: Segment): Ticket {
  return {
    number: orUndefined(valueAt(tkt, 1, 1)),
    documentType: orUndefined(valueAt(tkt, 1, 2)),
    amounts: [],
  };
}

/** MON: each element `qualifier:amount:currency` (B base fare, T total). */
export function readAmounts(mon: Segment): MonetaryAmount[] {
  return mon.elements
    .filter((c) => (c[0] ?? '') !== '' || (c[1] ?? '') !== '')
    .map(([qualifier = '', amount, currency]) => ({
      qualifier,
      amount: orUndefined(amount),
      currency: orUndefined(currency),
    }));
}
