import { Segment } from '@app/edifact';

/** A segment with its CONTRL position in the message (UNH = 1). */
export interface PlacedSegment {
  segment: Segment;
  position: number;
}
