/**
 * Code lists and tag sets for PNRGOV 10.1–13.1 as far as EDIFACT-NOTES §3 and the GTAS corpus
 * support them. Kept apart from the reading code so a reviewer can check them against a guide.
 */

/** Every segment tag a PNRGOV message may carry (level 0 and Gr.1–Gr.12). */
export const PNRGOV_TAGS: ReadonlySet<string> = new Set([
  'UNH',
  'UNT',
  'MSG',
  'ORG',
  'TVL',
  'EQN',
  'SRC',
  'RCI',
  'SSR',
  'DAT',
  'IFT',
  'ADD',
  'EBD',
  'TIF',
  'FTI',
  'REF',
  'FAR',
  'TKT',
  'MON',
  'PTK',
  'TXD',
  'FOP',
  'TRA',
  'RPI',
  'APD',
  'TRI',
  'SSD',
  'TBD',
  'ABI',
  'SAC',
  'LTS',
]);

/** Level 0, in the order the guide gives: `UNH MSG ORG TVL EQN {SRC …} UNT`. */
export const LEVEL_ZERO_ORDER = ['MSG', 'ORG', 'TVL', 'EQN'] as const;

/** MSG 1225 message function: 22 full push, 141 update push (only changed PNRs). */
export const MESSAGE_FUNCTIONS: Readonly<Record<string, 'full' | 'update'>> = {
  '22': 'full',
  '141': 'update',
};

/** SSR DOCS gender codes (IATA): M, F, U, X and the infant forms MI, FI, UI. */
export const DOCS_SEX_CODES: ReadonlySet<string> = new Set(['M', 'F', 'U', 'X', 'MI', 'FI', 'UI']);

/** SSR codes that request or confirm a seat; their details carry seat and traveller reference. */
export const SEAT_SSR_CODES: ReadonlySet<string> = new Set([
  'SEAT',
  'NSST',
  'NSSA',
  'NSSW',
  'SMST',
  'SMSA',
  'SMSW',
  'RQST',
]);

/** SSR codes about baggage beyond the free allowance. */
export const BAG_SSR_CODES: ReadonlySet<string> = new Set([
  'XBAG',
  'ABAG',
  'PDBG',
  'SBAG',
  'BULK',
  'BAGG',
]);

/** SSR codes that carry a contact: CTCE email, CTCM mobile, CTCH home, CTCB business. */
export const CONTACT_SSR_CODES: ReadonlySet<string> = new Set([
  'CTCE',
  'CTCM',
  'CTCH',
  'CTCB',
  'CTCR',
]);

/** TBD weight unit qualifiers. */
export const WEIGHT_UNITS: Readonly<Record<string, 'kg' | 'lb'>> = { '700': 'kg', '701': 'lb' };

/** TIF traveller type meaning an infant (travelling on an adult's seat). */
export const INFANT_TRAVELLER_TYPE = 'IN';

/** Titles airlines append to the given name, spaced (`ANNA MRS`) or not (`ANNAMRS`). */
export const NAME_TITLES = [
  'MSTR',
  'MISS',
  'MRS',
  'MR',
  'MS',
  'DR',
  'PROF',
  'REV',
  'SIR',
  'CAPT',
] as const;

/** Titles we also strip when written straight onto the name; longer ones first. DR is left out: ALEXANDR. */
export const UNSPACED_TITLES = ['MSTR', 'MISS', 'MRS', 'MR', 'MS'] as const;

/** IFT 4441 free text type for sponsor (payer) information in Gr.4. */
export const SPONSOR_TEXT_TYPE = '43';

export const MONTHS: Readonly<Record<string, string>> = {
  JAN: '01',
  FEB: '02',
  MAR: '03',
  APR: '04',
  MAY: '05',
  JUN: '06',
  JUL: '07',
  AUG: '08',
  SEP: '09',
  OCT: '10',
  NOV: '11',
  DEC: '12',
};
