import { MessageSummary } from '@app/journal';

/** A committed message on its way to routing, and whose traffic it is. */
export interface AssemblePartsCommand {
  message: MessageSummary;
  /** The carrier (or, when none is known, the UNB sender): part of the key of a set. */
  carrier: string;
}
