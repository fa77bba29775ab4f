import {
  EdifactMessage,
  Finding,
  FindingLocation,
  SyntaxErrorCode,
  syntaxFinding,
  valueAt,
} from '@app/edifact';
import { PlacedSegment } from './placed-segment';

/**
 * Collects the findings of one message, placing each one the way the CONTRL needs it: element
 * faults carry element and component (UCD), segment faults only the position (UCS).
 */
export class PaxlstFindings {
  readonly all: Finding[] = [];

  constructor(private readonly message: EdifactMessage) {}

  /** A bad value in one element: 12 invalid, 13 missing, 14 not supported here. */
  element(
    code: SyntaxErrorCode,
    rule: string,
    text: string,
    at: PlacedSegment,
    element: number,
    component = 1,
  ): void {
    const location = this.at(at);
    this.narrow(location, at, element, component);
    this.all.push(syntaxFinding('element', code, rule, text, location));
  }

  /** A segment missing (13) where `position` is, or present but out of place or unknown (15). */
  segment(
    code: SyntaxErrorCode,
    rule: string,
    text: string,
    tag: string,
    position: number,
    value?: string,
  ): void {
    const standing = this.message.segments[position - 1];
    const location: FindingLocation = {
      tag,
      messageReference: this.message.reference,
      groupReference: this.message.groupReference,
      position,
    };
    if (standing !== undefined) location.segmentIndex = standing.index;
    if (value !== undefined) location.value = value;
    this.all.push(syntaxFinding('segment', code, rule, text, location));
  }

  /** A data-quality note; `element` narrows it to one value when there is one. */
  quality(
    severity: 'warning' | 'info',
    rule: string,
    text: string,
    at: PlacedSegment,
    element?: number,
    component = 1,
  ): void {
    const location = this.at(at);
    if (element !== undefined) this.narrow(location, at, element, component);
    this.all.push({ kind: 'quality', severity, rule, message: text, location });
  }

  /** The segment standing at a position, for checks made after the walk. */
  placed(position: number): PlacedSegment | undefined {
    const segment = this.message.segments[position - 1];
    return segment === undefined ? undefined : { segment, position };
  }

  /** Adds the value's place by assignment: a spread copy per finding costs a hidden class each. */
  private narrow(
    location: FindingLocation,
    at: PlacedSegment,
    element: number,
    component: number,
  ): void {
    location.element = element;
    location.component = component;
    location.value = valueAt(at.segment, element, component);
  }

  private at({ segment, position }: PlacedSegment): FindingLocation {
    return {
      tag: segment.tag,
      segmentIndex: segment.index,
      messageReference: this.message.reference,
      groupReference: this.message.groupReference,
      position,
    };
  }
}
