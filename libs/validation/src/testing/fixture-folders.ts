import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** test/fixtures: interchanges by kind and verdict; its README says the convention. */
export const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');

export type FixtureKind = 'paxlst' | 'pnrgov' | 'contrl';
export type FixtureVerdict = 'ok' | 'not-ok';

/** The `.edi` files of one folder, by name without the extension, sorted. */
export function fixtureNames(kind: FixtureKind, verdict: FixtureVerdict): string[] {
  return readdirSync(join(FIXTURES, kind, verdict))
    .filter((file) => file.endsWith('.edi'))
    .map((file) => file.slice(0, -'.edi'.length))
    .sort();
}

export function readFixture(kind: FixtureKind, verdict: FixtureVerdict, name: string): Buffer {
  return readFileSync(join(FIXTURES, kind, verdict, `${name}.edi`));
}
