/** The service string advice (UNA) in force, as byte values. */
export interface ServiceCharacters {
  component: number;
  element: number;
  decimal: number;
  release: number;
  /** v4 repetition separator; null when reserved (a space) or not in force. */
  repetition: number | null;
  terminator: number;
}

/** ISO 9735 defaults, used when there is no UNA: `:+.? '`. */
export const DEFAULT_SERVICE_CHARACTERS: ServiceCharacters = {
  component: 0x3a,
  element: 0x2b,
  decimal: 0x2e,
  release: 0x3f,
  repetition: null,
  terminator: 0x27,
};
