import { readFileSync } from 'node:fs';
import { ConfigLayer, isPlainObject } from './config-layer';

/**
 * Reads one JSON configuration file. A missing optional file is an empty layer; a missing named
 * file, unreadable JSON or a non-object is a problem. `$schema` is for editors and is dropped.
 */
export function jsonFileLayer(
  file: string,
  options: { required: boolean; namedBy?: string },
): ConfigLayer {
  const empty = (problems: string[] = []): ConfigLayer => ({ source: file, values: {}, problems });
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !options.required) {
      return empty();
    }
    const by = options.namedBy ? ` (named by ${options.namedBy})` : '';
    return empty([`cannot read configuration file ${file}${by}: ${code ?? String(error)}`]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return empty([`configuration file ${file} is not valid JSON: ${(error as Error).message}`]);
  }
  if (!isPlainObject(parsed)) {
    return empty([`configuration file ${file} must hold a JSON object`]);
  }
  const values = Object.fromEntries(Object.entries(parsed).filter(([key]) => key !== '$schema'));
  return { source: file, values, problems: [] };
}
