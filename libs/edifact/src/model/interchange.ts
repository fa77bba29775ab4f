import { DroppedFindings, Finding } from '../findings/finding';
import { ServiceCharacters } from '../syntax/service-characters';
import { Segment } from './segment';

export interface Party {
  id: string;
  qualifier: string;
}

/** UNB as read (ISO 9735 S001–0035). Missing values are ''. */
export interface InterchangeHeader {
  syntaxId: string;
  /** Syntax version number from S001 (1–4); 0 when unreadable. */
  syntaxVersion: number;
  sender: Party;
  recipient: Party;
  /** As received: YYMMDD or CCYYMMDD, and HHMM. */
  date: string;
  time: string;
  controlReference: string;
  applicationReference: string;
  /** UNB 0031 = 1: the sender asks for a CONTRL. */
  ackRequested: boolean;
  /** UNB 0035 = 1: test traffic. */
  test: boolean;
}

/** UNG when the interchange uses functional groups. */
export interface GroupHeader {
  messageGroupId: string;
  sender: Party;
  recipient: Party;
  reference: string;
  /** UNE 0060 as received, '' when UNE is missing. */
  trailerCount: string;
  segmentIndex: number;
}

/** A multi-part marker from UNH S010 (`01:C` … `nn:F`). */
export interface MessagePart {
  number: number;
  last: boolean;
}

/** One message, UNH … UNT inclusive, with its identification from UNH. */
export interface EdifactMessage {
  reference: string;
  /** S009 0065, e.g. PAXLST, PNRGOV, CONTRL. */
  type: string;
  version: string;
  release: string;
  agency: string;
  association: string;
  /** UNH 0068 common access reference, '' when absent. */
  accessReference: string;
  part?: MessagePart;
  groupReference?: string;
  /** UNH … UNT; a message missing its UNT ends before the next UNH/UNE/UNZ. */
  segments: Segment[];
}

export interface Interchange {
  serviceCharacters: ServiceCharacters;
  /** Character set named by UNB S001 0001, e.g. UNOA, UNOC, IATA. */
  charset: string;
  header: InterchangeHeader;
  groups: GroupHeader[];
  messages: EdifactMessage[];
  /** Envelope and syntax faults found while reading (not message rules), up to the cap. */
  findings: Finding[];
  /** Those past the cap, counted by kind. */
  droppedFindings: DroppedFindings;
  /** True when the input was unwrapped from a Type B envelope. */
  typeB: boolean;
  /** Total segments read, UNA not counted. */
  segmentCount: number;
}
