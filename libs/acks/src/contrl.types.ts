import { Finding, GroupHeader, InterchangeHeader, ServiceCharacters } from '@app/edifact';

/** A subject message as its UNH named it (an `EdifactMessage` fits as it is). */
export interface ContrlSubjectMessage {
  reference: string;
  type: string;
  version: string;
  release: string;
  agency: string;
  association: string;
  groupReference?: string;
}

/** The interchange being acknowledged; an `Interchange` from `readInterchange` fits as it is. */
export interface ContrlSubject {
  header: InterchangeHeader;
  groups: GroupHeader[];
  messages: ContrlSubjectMessage[];
  /** Accepted for that fit, not used: the CONTRL is always written with the default separators. */
  serviceCharacters?: ServiceCharacters;
}

/** `result` checks and reports faults; `receipt` only says the interchange arrived (UCI 8). */
export type ContrlAction = 'result' | 'receipt';

export interface ContrlInput {
  subject: ContrlSubject;
  /** Every finding on the interchange; quality findings never reach the CONTRL. */
  findings: Finding[];
  /** Default `result`. */
  action?: ContrlAction;
  /** Reference of the CONTRL's own UNB (0020) and UNH (0062): 1–14 characters. */
  controlReference: string;
  /** The CONTRL's preparation date and time, written in UTC. */
  now: Date;
}

/** Action code 0083: 7 acknowledged, 4 rejected, 8 received only. */
export type InterchangeAction = '4' | '7' | '8';

export interface ContrlResult {
  text: string;
  interchangeAction: InterchangeAction;
  /**
   * UNH references of every message the CONTRL rejects: by its own UCM, or because its group or
   * the whole interchange is rejected. Route none of these.
   */
  rejectedMessages: string[];
}
