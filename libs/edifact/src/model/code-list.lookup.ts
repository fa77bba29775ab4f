/**
 * The entry a code list has for `code`, and only its own: a carrier's `constructor` or `valueOf`
 * must not find what every object inherits.
 */
export function codeListEntry<T>(list: Readonly<Record<string, T>>, code: string): T | undefined {
  return Object.hasOwn(list, code) ? list[code] : undefined;
}
