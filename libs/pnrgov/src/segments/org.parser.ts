import { hasElement, Segment, valueAt } from '@app/edifact';
import { Originator } from '../model/pnrgov-push.model';

const text = (segment: Segment, element: number, component = 1): string | undefined =>
  valueAt(segment, element, component) || undefined;

/** ORG `airline:location+agent id:agent location+…+system+type+country:currency+…`. */
export function readOriginator(org: Segment): Originator {
  return {
    airline: text(org, 1, 1),
    location: text(org, 1, 2),
    agentId: text(org, 2, 1),
    agentLocation: text(org, 2, 2),
    system: text(org, 4, 1),
    originatorType: text(org, 5, 1),
    country: text(org, 6, 1),
    currency: text(org, 6, 2),
    empty: !org.elements.some((_, i) => hasElement(org, i + 1)),
  };
}
