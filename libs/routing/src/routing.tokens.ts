/** Injection token for the `DestinationRegistry`. */
export const DESTINATIONS = Symbol('DESTINATIONS');
