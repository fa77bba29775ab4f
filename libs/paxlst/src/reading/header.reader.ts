import { codeListEntry, valueAt } from '@app/edifact';
import {
  DOCUMENT_NAMES,
  DOCUMENT_NAME_CODES,
  FLIGHT_STATUS_FUNCTION_CODES,
  FUNCTION_CODES,
  REFERENCE_QUALIFIERS,
  US_CREW_FUNCTION_CODES,
} from '../code-lists/paxlst-code-lists';
import { MessageIdentification, ReportingParty } from '../model/paxlst-manifest';
import { checkCode } from './code-value.check';
import { readContacts } from './contact.reader';
import { PaxlstFindings } from './paxlst-findings.collector';
import { PlacedSegment } from './placed-segment';

/** BGM: document name (1001) and function (1004). */
export function readBgm(
  at: PlacedSegment,
  message: MessageIdentification,
  findings: PaxlstFindings,
): void {
  const name = valueAt(at.segment, 1);
  const site = {
    at,
    element: 1,
    what: 'BGM document name (1001)',
    rule: 'paxlst.bgm.document-name',
  };
  checkCode(site, DOCUMENT_NAME_CODES, findings);
  const meaning = codeListEntry(DOCUMENT_NAMES, name);
  message.documentName = meaning !== undefined ? { code: name, meaning } : { code: name };
  const fn = valueAt(at.segment, 2);
  if (fn === '') return;
  message.functionCode = fn;
  checkFunction(at, name, fn, findings);
}

function checkFunction(
  at: PlacedSegment,
  name: string,
  fn: string,
  findings: PaxlstFindings,
): void {
  const rule = 'paxlst.bgm.function';
  if (FUNCTION_CODES.includes(fn)) return;
  if (FLIGHT_STATUS_FUNCTION_CODES.includes(fn)) {
    if (name !== '266') {
      findings.element(
        '14',
        rule,
        `BGM function '${fn}' (1004) goes only with document name 266 (flight status), not '${name}'.`,
        at,
        2,
      );
    }
    return;
  }
  if (codeListEntry(US_CREW_FUNCTION_CODES, name)?.includes(fn)) {
    const text = `BGM function '${fn}' with document name ${name} is a US CBP crew-list code, not in the WCO guide; accepted.`;
    findings.quality('info', 'paxlst.bgm.national-function', text, at, 2);
    return;
  }
  const text = `BGM function (1004) '${fn}' is not one of ${FUNCTION_CODES.join(', ')} (or ${FLIGHT_STATUS_FUNCTION_CODES.join(', ')} with 266).`;
  findings.element('14', rule, text, at, 2);
}

/** Header RFF: TN is the transaction reference; AF names the flight in iAPI. */
export function readHeaderReference(
  at: PlacedSegment,
  message: MessageIdentification,
  findings: PaxlstFindings,
): void {
  if (!checkReference(at, findings)) return;
  if (valueAt(at.segment, 1) === 'TN' && message.transactionReference === undefined) {
    message.transactionReference = valueAt(at.segment, 1, 2);
  }
}

/** RFF qualifier (1153) in the list and a reference (1154) present. True when usable. */
export function checkReference(at: PlacedSegment, findings: PaxlstFindings): boolean {
  const site = {
    at,
    element: 1,
    what: 'RFF reference qualifier (1153)',
    rule: 'paxlst.rff.qualifier',
  };
  if (!checkCode(site, REFERENCE_QUALIFIERS, findings)) return false;
  if (valueAt(at.segment, 1, 2) === '') {
    findings.element(
      '13',
      'paxlst.rff.value',
      `RFF ${valueAt(at.segment, 1)} has no reference (1154).`,
      at,
      1,
      2,
    );
    return false;
  }
  return true;
}

/** NAD+MS: the name is composite 4 (sometimes only a party id in element 2). */
export function readReportingParty(at: PlacedSegment): ReportingParty {
  const name = (at.segment.elements[3] ?? []).filter((c) => c !== '').join(' ');
  return { name: name !== '' ? name : valueAt(at.segment, 2), contacts: [] };
}

/** CTA and COM after NAD+MS belong to the reporting party. */
export function readPartyContact(at: PlacedSegment, party: ReportingParty): void {
  if (at.segment.tag === 'CTA') {
    const contactName = valueAt(at.segment, 2, 2) || valueAt(at.segment, 2, 1);
    if (contactName !== '' && party.contactName === undefined) party.contactName = contactName;
  } else party.contacts.push(...readContacts(at.segment));
}
