import { Segment } from './segment';

/** The component at 1-based element and component positions, or '' when absent. */
export function valueAt(segment: Segment, element: number, component = 1): string {
  return segment.elements[element - 1]?.[component - 1] ?? '';
}

/** True when the element at a 1-based position has at least one non-empty component. */
export function hasElement(segment: Segment, element: number): boolean {
  return (segment.elements[element - 1] ?? []).some((c) => c !== '');
}
