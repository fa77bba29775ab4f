import { Segment, valueAt } from '@app/edifact';
import { Payment } from '../model/pnr-detail.model';

const orUndefined = (value: string | undefined): string | undefined =>
  value === undefined || value === '' ? undefined : value;

/** FOP: each element one payment `type:data indicator:amount:vendor:account number:expiry`. */
export function readPayments(fop: Segment): Payment[] {
  return fop.elements
    .filter((c) => (c[0] ?? '') !== '')
    .map(([type, , amount, vendor, accountNumber, expiry]) => ({
      type,
      amount: orUndefined(amount),
      vendor: orUndefined(vendor),
      accountNumber: orUndefined(accountNumber),
      expiry: orUndefined(expiry),
    }));
}

/** The IFT 4:43 after FOP names who paid: name, address, telephone, one per element. */
export function applySponsor(payment: Payment, ift: Segment): void {
  payment.holderName = orUndefined(valueAt(ift, 2).trim());
  payment.holderAddress = orUndefined(valueAt(ift, 3).trim());
  payment.holderPhone = orUndefined(valueAt(ift, 4).trim());
}
