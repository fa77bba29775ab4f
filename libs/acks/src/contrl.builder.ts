import { EdifactWriter, ElementValue } from '@app/edifact';
import {
  contrlMessageIdentifier,
  contrlSyntaxVersion,
  known,
  partyElement,
  preparationDateTime,
  syntaxIdentifier,
} from './contrl-envelope';
import { summarizeContrl } from './contrl-summary.builder';
import { ContrlError, ContrlMessageReport } from './contrl-summary.model';
import { ContrlInput, ContrlResult } from './contrl.types';

/**
 * Writes the CONTRL (ISO 9735-4) for an interchange as its own interchange, sender and recipient
 * swapped, with the default separators. Never throws on what the subject holds; throws only on a
 * bad `controlReference` or `now`, which are ours.
 */
export function buildContrl(input: ContrlInput): ContrlResult {
  const reference = input.controlReference;
  if (reference.length < 1 || reference.length > 14) {
    throw new RangeError(`buildContrl: controlReference '${reference}' must be 1–14 characters.`);
  }
  if (Number.isNaN(input.now.getTime())) {
    throw new RangeError('buildContrl: now is not a valid date.');
  }
  const summary = summarizeContrl(input);
  const { header } = input.subject;
  const version = contrlSyntaxVersion(header);
  const out = new EdifactWriter();
  out.una();
  out.segment(
    'UNB',
    syntaxIdentifier(header),
    partyElement(header.recipient),
    partyElement(header.sender),
    preparationDateTime(input.now, version),
    reference,
    // 0035: an answer to test traffic is test traffic, so it never reaches a live system.
    ...(header.test ? [undefined, undefined, undefined, undefined, undefined, '1'] : []),
  );
  const unh = out.segmentCount;
  out.segment('UNH', reference, contrlMessageIdentifier(version));
  out.segment(
    'UCI',
    known(header.controlReference),
    partyElement(header.sender),
    partyElement(header.recipient),
    summary.action,
    ...errorElements(summary.error),
  );
  for (const message of summary.messages) writeMessage(out, message);
  for (const group of summary.groups) {
    out.segment(
      'UCF',
      known(group.reference),
      partyElement(group.sender),
      partyElement(group.recipient),
      group.action,
      ...errorElements(group.error),
    );
    for (const message of group.messages) writeMessage(out, message);
  }
  out.segment('UNT', String(out.segmentCount - unh + 1), reference);
  out.segment('UNZ', '1', reference);
  return {
    text: out.toString(),
    interchangeAction: summary.action,
    rejectedMessages: summary.rejectedMessages,
  };
}

/** UCM, then a UCS per bad segment, each followed by a UCD per bad element. */
function writeMessage(out: EdifactWriter, report: ContrlMessageReport): void {
  const m = report.message;
  const identifier = [known(m.type), known(m.version), known(m.release), known(m.agency)];
  out.segment('UCM', known(m.reference), identifier, '4', report.error?.code, report.error?.tag);
  for (const segment of report.segments) {
    out.segment('UCS', String(segment.position), segment.code);
    for (const e of segment.elements) {
      out.segment('UCD', e.code, [
        String(e.element),
        e.component === undefined ? undefined : String(e.component),
      ]);
    }
  }
}

/** 0085, 0013 and S011 of UCI/UCF; S011 only says something next to a service segment tag. */
function errorElements(error: ContrlError | undefined): ElementValue[] {
  if (error === undefined) return [];
  const at =
    error.tag !== undefined && error.element !== undefined
      ? [String(error.element), error.component === undefined ? undefined : String(error.component)]
      : undefined;
  return [error.code, error.tag, at];
}
