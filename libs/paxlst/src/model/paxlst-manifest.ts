import { FlightLeg } from './flight-leg';
import { Contact, Traveller } from './traveller';

/** BGM 1001 as received, with what the code means when it is in the list. */
export interface DocumentName {
  code: string;
  meaning?: string;
}

/** Who the message is and what it does: UNH, BGM and the header RFF. */
export interface MessageIdentification {
  /** UNH 0062. */
  reference: string;
  /** Directory version and release, e.g. D02B, D05B, D12B, D15B. */
  version: string;
  /** UNH 0068 common access reference, shared by the parts of a multi-part manifest. */
  accessReference?: string;
  /** UNH S010 when the manifest is split into parts. */
  part?: { number: number; last: boolean };
  documentName: DocumentName;
  /** BGM 1004, e.g. CP (change), CL (flight close). */
  functionCode?: string;
  /** Header RFF+TN. */
  transactionReference?: string;
}

/** NAD+MS: who to call about this message. */
export interface ReportingParty {
  name: string;
  contactName?: string;
  contacts: Contact[];
}

/** CNT: totals for the whole flight, not for this message (a part may carry one traveller). */
export interface ManifestTotals {
  passengers?: number;
  crew?: number;
}

export interface PaxlstManifest {
  message: MessageIdentification;
  reportingParty?: ReportingParty;
  legs: FlightLeg[];
  travellers: Traveller[];
  totals: ManifestTotals;
}
