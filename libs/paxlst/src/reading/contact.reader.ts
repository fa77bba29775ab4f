import { Segment } from '@app/edifact';
import { Contact } from '../model/traveller';

/** COM+number:channel+number:channel: each element is one contact, not a repetition. */
export function readContacts(com: Segment): Contact[] {
  return com.elements
    .filter((element) => (element[0] ?? '') !== '')
    .map((element) => ({ number: element[0], channel: element[1] ?? '' }));
}
