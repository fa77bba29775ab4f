import { IsListOf, IsMatching, IsNonEmptyString } from '../validation/config.decorators';

/** Also a file name (carriers/<id>.crt) and a certificate CN, hence the narrow alphabet. */
export const CARRIER_ID = /^[A-Za-z0-9_-]{1,35}$/;
export const CARRIER_ID_RULE = 'a carrier id of 1 to 35 letters, digits, - or _';

/** One airline allowed to send, and the UNB sender ids (S002/0004) it may use. */
export class CarrierConfig {
  @IsMatching(CARRIER_ID, CARRIER_ID_RULE) readonly id!: string;
  @IsNonEmptyString() readonly name!: string;
  @IsListOf(/^\S{1,35}$/, 'UNB sender ids (1 to 35 characters, no spaces)', { nonEmpty: true })
  readonly senders!: readonly string[];
}
