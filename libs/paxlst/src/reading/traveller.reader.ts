import { valueAt } from '@app/edifact';
import {
  SEXES,
  TRAVELLER_DATE_QUALIFIERS,
  TRAVELLER_ROLES,
  TravellerRoleCode,
  VERIFICATION_CODES,
  isOneOf,
} from '../code-lists/paxlst-code-lists';
import { Traveller } from '../model/traveller';
import { readBaggage } from './baggage.reader';
import { checkCalendarDate, checkCode, checkCountry } from './code-value.check';
import { readContacts } from './contact.reader';
import { isoToday } from './edifact-date.parser';
import { checkReference } from './header.reader';
import { PaxlstFindings } from './paxlst-findings.collector';
import { PlacedSegment } from './placed-segment';
import { readTravellerLocation } from './traveller-location.reader';

/** NAD+FL/FM/DDT/DDU+++SURNAME:GIVEN:SECOND opens a traveller, whatever else is wrong with it. */
export function openTraveller(
  at: PlacedSegment,
  roleCode: TravellerRoleCode,
  findings: PaxlstFindings,
): Traveller {
  const name = at.segment.elements[3] ?? [];
  const surname = name[0] ?? '';
  if (surname === '') {
    findings.element(
      '13',
      'paxlst.nad.surname',
      `NAD ${roleCode} names no surname (element 4, component 1).`,
      at,
      4,
      1,
    );
  }
  return {
    position: at.position,
    roleCode,
    role: TRAVELLER_ROLES[roleCode],
    surname,
    givenNames: name.slice(1).filter((part) => part !== ''),
    references: [],
    contacts: [],
    documents: [],
  };
}

/** One segment of a traveller's own data (not the DOC group). */
export function readTravellerSegment(
  at: PlacedSegment,
  traveller: Traveller,
  findings: PaxlstFindings,
  now: Date,
): void {
  const segment = at.segment;
  switch (segment.tag) {
    case 'ATT':
      return readSex(at, traveller, findings);
    case 'DTM':
      return readBirthDate(at, traveller, findings, now);
    case 'LOC':
      return readTravellerLocation(at, traveller, findings);
    case 'NAT':
      traveller.nationality = checkCountry(at, 2, 'NAT nationality', findings) || undefined;
      return;
    case 'RFF':
      return readReference(at, traveller, findings);
    case 'COM':
      traveller.contacts.push(...readContacts(segment));
      return;
    case 'EMP':
      if (valueAt(segment, 2) !== '') traveller.crewFunction = valueAt(segment, 2);
      return;
    case 'GEI':
      return readVerification(at, traveller, findings);
    case 'MEA':
    case 'FTX':
      return readBaggage(at, traveller, findings);
    default:
      return;
  }
}

/** ATT+2++M: attribute 2 is sex, M, F, U or X. */
function readSex(at: PlacedSegment, traveller: Traveller, findings: PaxlstFindings): void {
  const site = {
    at,
    element: 1,
    what: 'ATT attribute function (9017)',
    rule: 'paxlst.att.qualifier',
  };
  if (!checkCode(site, ['2'], findings)) return;
  const sex = valueAt(at.segment, 3);
  const rule = 'paxlst.att.sex';
  if (sex === '') findings.element('13', rule, 'ATT sex is missing.', at, 3);
  else if (!isOneOf(SEXES, sex)) {
    findings.element('14', rule, `ATT sex '${sex}' is not one of ${SEXES.join(', ')}.`, at, 3);
  } else traveller.sex = sex;
}

/** DTM+329: YYMMDD, century inferred so the date is not in the future; CCYYMMDD accepted. */
function readBirthDate(
  at: PlacedSegment,
  traveller: Traveller,
  findings: PaxlstFindings,
  now: Date,
): void {
  const site = {
    at,
    element: 1,
    what: 'DTM qualifier (2005) for a traveller',
    rule: 'paxlst.dtm.qualifier',
  };
  if (!checkCode(site, TRAVELLER_DATE_QUALIFIERS, findings)) return;
  const date = checkCalendarDate(at, 'not-future', now, findings);
  if (date === undefined) return;
  if (date > isoToday(now)) {
    findings.element(
      '12',
      'paxlst.dtm.birth-date-future',
      `Date of birth ${date} is in the future.`,
      at,
      1,
      2,
    );
  } else traveller.birthDate = date;
}

function readReference(at: PlacedSegment, traveller: Traveller, findings: PaxlstFindings): void {
  if (!checkReference(at, findings)) return;
  const [qualifier, value] = [valueAt(at.segment, 1), valueAt(at.segment, 1, 2)];
  if (qualifier === 'SEA') traveller.seat ??= value;
  else traveller.references.push({ qualifier, value });
}

/** GEI+4+173: verified (174 not); codes from GTAS, not EDIFACT-NOTES, so only a warning. */
function readVerification(at: PlacedSegment, traveller: Traveller, findings: PaxlstFindings): void {
  const code = valueAt(at.segment, 2);
  if (code === '') return;
  traveller.verification = code;
  if (!VERIFICATION_CODES.includes(code)) {
    findings.quality(
      'warning',
      'paxlst.gei.code',
      `GEI processing indicator '${code}' is not 173 (verified) or 174 (not verified).`,
      at,
      2,
    );
  }
}
