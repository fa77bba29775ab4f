/** One source of settings before merging: what it holds, and what was wrong with reading it. */
export interface ConfigLayer {
  /** For messages: a file path, 'environment' or 'built-in defaults'. */
  readonly source: string;
  readonly values: Readonly<Record<string, unknown>>;
  readonly problems: readonly string[];
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
