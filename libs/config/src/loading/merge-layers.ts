import { ConfigLayer, isPlainObject } from './config-layer';
import { GROUP_SHAPES } from './config-keys';

export interface MergedSettings {
  readonly values: Record<string, unknown>;
  readonly problems: readonly string[];
}

/**
 * Later layers win. Scalar groups merge key by key; carriers and routing are replaced whole, since
 * half of one list plus half of another (rules naming destinations that are gone) helps nobody.
 */
export function mergeLayers(layers: readonly ConfigLayer[]): MergedSettings {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const layer of layers) {
    problems.push(...layer.problems);
    for (const [group, value] of Object.entries(layer.values)) {
      if (!Object.hasOwn(GROUP_SHAPES, group)) {
        problems.push(`${group} in ${layer.source} is not a known setting`);
      } else if (GROUP_SHAPES[group as keyof typeof GROUP_SHAPES] === 'json') {
        values[group] = value;
      } else if (isPlainObject(value)) {
        const before = values[group];
        values[group] = { ...(isPlainObject(before) ? before : {}), ...value };
      } else {
        problems.push(`${group} in ${layer.source} must be an object of settings`);
      }
    }
  }
  return { values, problems };
}
