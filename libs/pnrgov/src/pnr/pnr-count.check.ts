import { valueAt } from '@app/edifact';
import { FindingSink, PlacedSegment } from '../findings/finding.sink';
import { PnrgovPush } from '../model/pnrgov-push.model';

/** Where the count checks point: the level-0 EQN, and the segment where the first SRC was expected. */
export interface CountPlaces {
  eqn?: PlacedSegment;
  firstSrc?: PlacedSegment;
}

/**
 * Whether the push holds the PNRs it should.
 *
 * No SRC at all: an update push (141) with EQN+0 is legitimately empty (nothing changed since the
 * last push). A full push with EQN+0 may be a flight nobody booked, which the notes neither allow
 * nor forbid: a warning [unverified]. Any other push without an SRC is missing its PNRs (13),
 * reported where the first SRC was expected.
 *
 * EQN counts the whole push across its parts, so it is compared with this message's SRCs only when
 * the push is a full one sent as a single message (no UNH S010, or 1:F); a difference is a
 * warning. A part that alone holds more PNRs than the whole push declares is also a warning.
 */
export function checkPnrCounts(push: PnrgovPush, places: CountPlaces, sink: FindingSink): void {
  const { expectedPnrs, message } = push;
  const found = push.pnrs.length;
  if (found === 0) {
    if (expectedPnrs === 0 && message.function === 'update') return;
    if (expectedPnrs === 0) {
      sink.warning(
        'pnrgov.src.empty-full-push',
        'The push declares no PNRs (EQN+0) and carries none; expected only for a flight nobody booked.',
        places.firstSrc,
      );
      return;
    }
    sink.segment(
      '13',
      'pnrgov.src.missing',
      'The push carries no PNR: each PNR opens with an empty SRC after level 0 (only an update push with EQN+0 may be empty).',
      places.firstSrc,
      'SRC',
    );
    return;
  }
  if (expectedPnrs === undefined || places.eqn === undefined) return;
  const at = { element: 1, component: 1, value: valueAt(places.eqn.segment, 1) };
  const part = message.part;
  const singlePart = part === undefined || (part.number === 1 && part.last);
  if (singlePart && message.function === 'full' && expectedPnrs !== found) {
    sink.warning(
      'pnrgov.eqn.count',
      `EQN declares ${expectedPnrs} PNRs; this full push, sent as one message, carries ${found} (one per SRC).`,
      places.eqn,
      at,
    );
  } else if (!singlePart && expectedPnrs < found) {
    sink.warning(
      'pnrgov.eqn.count',
      `EQN declares ${expectedPnrs} PNRs for the whole push; this part alone carries ${found}.`,
      places.eqn,
      at,
    );
  }
}
