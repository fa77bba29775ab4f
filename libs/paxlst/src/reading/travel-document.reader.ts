import { valueAt } from '@app/edifact';
import {
  DOCUMENT_DATE_QUALIFIERS,
  DOCUMENT_LOCATIONS,
  DOCUMENT_TYPES,
  isOneOf,
} from '../code-lists/paxlst-code-lists';
import { TravelDocument, Traveller } from '../model/traveller';
import { checkCalendarDate, checkCode, checkCountry } from './code-value.check';
import { PaxlstFindings } from './paxlst-findings.collector';
import { PlacedSegment } from './placed-segment';

/** DOC+P+NUMBER or the D05B+ coded form DOC+P:110:111+NUMBER. */
export function openDocument(
  at: PlacedSegment,
  traveller: Traveller,
  findings: PaxlstFindings,
): TravelDocument {
  const type = valueAt(at.segment, 1);
  checkCode(
    { at, element: 1, what: 'DOC document type (1001)', rule: 'paxlst.doc.type' },
    DOCUMENT_TYPES,
    findings,
  );
  const number = valueAt(at.segment, 2);
  if (number === '') {
    findings.element('13', 'paxlst.doc.number', 'DOC has no document number (1004).', at, 2);
  }
  const document: TravelDocument = isOneOf(DOCUMENT_TYPES, type) ? { type, number } : { number };
  traveller.documents.push(document);
  return document;
}

/** DTM 36 (expiry, within 50 years either way) or 182 (issue, not in the future). */
export function readDocumentDate(
  at: PlacedSegment,
  document: TravelDocument,
  findings: PaxlstFindings,
  now: Date,
): void {
  const site = {
    at,
    element: 1,
    what: 'DTM qualifier (2005) for a document',
    rule: 'paxlst.dtm.qualifier',
  };
  if (!checkCode(site, DOCUMENT_DATE_QUALIFIERS, findings)) return;
  if (valueAt(at.segment, 1) === '36') {
    document.expiryDate = checkCalendarDate(at, 'nearest', now, findings);
  } else document.issueDate = checkCalendarDate(at, 'not-future', now, findings);
}

/** LOC+91: the issuing country. */
export function readDocumentLocation(
  at: PlacedSegment,
  document: TravelDocument,
  findings: PaxlstFindings,
): void {
  const site = {
    at,
    element: 1,
    what: 'LOC place qualifier (3227) for a document',
    rule: 'paxlst.loc.qualifier',
  };
  if (!checkCode(site, DOCUMENT_LOCATIONS, findings)) return;
  const issuer = checkCountry(at, 2, 'LOC 91 document issuer', findings);
  if (issuer !== '') document.issuingCountry = issuer;
}
