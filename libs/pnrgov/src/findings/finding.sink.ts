import {
  EdifactMessage,
  Finding,
  FindingLocation,
  QualityFinding,
  Segment,
  SyntaxErrorCode,
  syntaxFinding,
} from '@app/edifact';

/** A segment with its CONTRL position in the message (UNH = 1). */
export interface PlacedSegment {
  segment: Segment;
  position: number;
}

/** Where one element (or component) of a segment stands, as CONTRL and reports name it. */
export interface ElementRef {
  element: number;
  component: number;
  value: string;
}

/**
 * Collects the findings of one message and builds their locations, so rule code says only what
 * is wrong and where: `sink.element('12', rule, text, placed, { element, component, value })`.
 */
export class FindingSink {
  readonly findings: Finding[] = [];

  constructor(private readonly message: EdifactMessage) {}

  /** A bad element value: 12 invalid, 13 missing, 14 not supported in this position. */
  element(
    code: SyntaxErrorCode,
    rule: string,
    text: string,
    placed: PlacedSegment,
    ref: ElementRef,
  ): void {
    this.findings.push(syntaxFinding('element', code, rule, text, this.locate(placed, ref)));
  }

  /** A segment missing (13, `tag` is the missing one, `placed` the segment standing there) or out of place (15). */
  segment(
    code: SyntaxErrorCode,
    rule: string,
    text: string,
    placed: PlacedSegment | undefined,
    tag: string,
  ): void {
    this.findings.push(syntaxFinding('segment', code, rule, text, { ...this.locate(placed), tag }));
  }

  /** A data-quality warning: reported, never a rejection. */
  warning(rule: string, text: string, placed: PlacedSegment | undefined, ref?: ElementRef): void {
    const finding: QualityFinding = {
      kind: 'quality',
      severity: 'warning',
      rule,
      message: text,
      location: this.locate(placed, ref),
    };
    this.findings.push(finding);
  }

  /** Where a segment past the last one would stand (a message cut short before UNT). */
  positionAfterLast(): number {
    return this.message.segments.length + 1;
  }

  private locate(placed: PlacedSegment | undefined, ref?: ElementRef): FindingLocation {
    const location: FindingLocation = {
      tag: placed?.segment.tag,
      segmentIndex: placed?.segment.index,
      messageReference: this.message.reference,
      groupReference: this.message.groupReference,
      position: placed?.position ?? this.positionAfterLast(),
    };
    if (ref !== undefined) {
      location.element = ref.element;
      location.component = ref.component;
      location.value = ref.value;
    }
    return location;
  }
}
