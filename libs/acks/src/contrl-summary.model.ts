import { Party, SyntaxErrorCode } from '@app/edifact';
import { ContrlSubjectMessage, InterchangeAction } from './contrl.types';

/** The one error a UCI, UCF or UCM holds, with the service segment at fault when there is one. */
export interface ContrlError {
  code: SyntaxErrorCode;
  /** Only service segment tags (UNB, UNZ, UNH, …) stand here: 0013 names no other. */
  tag?: string;
  element?: number;
  component?: number;
}

/** UCD: one bad element of a segment. */
export interface ContrlElementError {
  code: SyntaxErrorCode;
  element: number;
  component?: number;
}

/** UCS: one bad segment, with its own error and its bad elements. */
export interface ContrlSegmentReport {
  /** Position in the message, UNH = 1. */
  position: number;
  code?: SyntaxErrorCode;
  elements: ContrlElementError[];
}

/** UCM: a rejected message (action 4); clean messages are not listed. */
export interface ContrlMessageReport {
  message: ContrlSubjectMessage;
  error?: ContrlError;
  segments: ContrlSegmentReport[];
}

/** UCF: a group that is rejected itself (4) or holds rejected messages (7). */
export interface ContrlGroupReport {
  reference: string;
  sender: Party;
  recipient: Party;
  action: '4' | '7';
  error?: ContrlError;
  messages: ContrlMessageReport[];
}

/** What a CONTRL says, before it is written: one entry per level that has something to say. */
export interface ContrlSummary {
  action: InterchangeAction;
  error?: ContrlError;
  /** Messages outside any group. */
  messages: ContrlMessageReport[];
  groups: ContrlGroupReport[];
  rejectedMessages: string[];
}
