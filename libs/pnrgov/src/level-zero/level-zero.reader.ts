import { FindingSink, PlacedSegment } from '../findings/finding.sink';
import { LEVEL_ZERO_ORDER, PNRGOV_TAGS } from '../structure/pnrgov-code-lists';

type LevelZeroTag = (typeof LEVEL_ZERO_ORDER)[number];

/** The level-0 segments found before the first SRC, the first of each tag. */
export type LevelZero = Partial<Record<LevelZeroTag, PlacedSegment>>;

const RANK: ReadonlyMap<string, number> = new Map(LEVEL_ZERO_ORDER.map((tag, i) => [tag, i]));

/**
 * Reads level 0 (`UNH MSG ORG TVL EQN`, before the first SRC) and checks its order. A level-0
 * segment that is absent is reported missing (13) where it was expected; one that is present but
 * late or repeated is reported out of place (15), once. `next` is the segment after level 0
 * (the first SRC or UNT), where segments still missing were expected.
 */
export function readLevelZero(
  segments: readonly PlacedSegment[],
  next: PlacedSegment | undefined,
  sink: FindingSink,
): LevelZero {
  const found: LevelZero = {};
  for (const placed of segments) {
    const tag = placed.segment.tag;
    if (RANK.has(tag) && found[tag as LevelZeroTag] === undefined) {
      found[tag as LevelZeroTag] = placed;
    }
  }
  let reached = -1;
  for (const placed of segments) {
    const tag = placed.segment.tag;
    const rank = RANK.get(tag);
    if (rank === undefined) {
      outOfPlace(tag, placed, sink);
    } else if (rank <= reached) {
      const why =
        found[tag as LevelZeroTag] === placed
          ? `after ${LEVEL_ZERO_ORDER[reached]}`
          : 'a second time';
      sink.segment(
        '15',
        'pnrgov.level0.order',
        `${tag} stands ${why}; level 0 runs UNH MSG ORG TVL EQN, then SRC.`,
        placed,
        tag,
      );
    } else {
      reportMissing(reached + 1, rank, found, placed, sink);
      reached = rank;
    }
  }
  reportMissing(reached + 1, LEVEL_ZERO_ORDER.length, found, next, sink);
  return found;
}

function outOfPlace(tag: string, placed: PlacedSegment, sink: FindingSink): void {
  if (PNRGOV_TAGS.has(tag)) {
    sink.segment(
      '15',
      'pnrgov.segment.position',
      `${tag} cannot stand at level 0, before the first SRC; it belongs inside a PNR.`,
      placed,
      tag,
    );
  } else {
    sink.segment('15', 'pnrgov.segment.unknown', `'${tag}' is not a PNRGOV segment.`, placed, tag);
  }
}

function reportMissing(
  from: number,
  to: number,
  found: LevelZero,
  at: PlacedSegment | undefined,
  sink: FindingSink,
): void {
  for (let rank = from; rank < to; rank++) {
    const tag = LEVEL_ZERO_ORDER[rank];
    if (found[tag] !== undefined) continue;
    const where = at === undefined ? 'at the end of the message' : `before ${at.segment.tag}`;
    sink.segment(
      '13',
      'pnrgov.level0.missing',
      `Mandatory level-0 segment ${tag} is missing; expected ${where}.`,
      at,
      tag,
    );
  }
}
