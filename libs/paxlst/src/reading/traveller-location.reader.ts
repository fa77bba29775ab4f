import { valueAt } from '@app/edifact';
import { TRAVELLER_LOCATIONS } from '../code-lists/paxlst-code-lists';
import { Traveller } from '../model/traveller';
import { checkAirport, checkCode, checkCountry } from './code-value.check';
import { PaxlstFindings } from './paxlst-findings.collector';
import { PlacedSegment } from './placed-segment';

/** LOC 22, 178, 179 airports; 174 country of residence; 180 place of birth. */
export function readTravellerLocation(
  at: PlacedSegment,
  traveller: Traveller,
  findings: PaxlstFindings,
): void {
  const site = {
    at,
    element: 1,
    what: 'LOC place qualifier (3227) for a traveller',
    rule: 'paxlst.loc.qualifier',
  };
  if (!checkCode(site, TRAVELLER_LOCATIONS, findings)) return;
  const nonEmpty = (value: string) => (value === '' ? undefined : value);
  switch (valueAt(at.segment, 1)) {
    case '174':
      traveller.residenceCountry = nonEmpty(
        checkCountry(at, 2, 'LOC 174 country of residence', findings),
      );
      break;
    case '178':
      traveller.embarkation = nonEmpty(checkAirport(at, findings));
      break;
    case '179':
      traveller.debarkation = nonEmpty(checkAirport(at, findings));
      break;
    case '22':
      traveller.firstArrival = nonEmpty(checkAirport(at, findings));
      break;
    default:
      // 180: place of birth, a code or (LOC+180+:::HARTFORD USA) a name in component 4.
      traveller.birthPlace = nonEmpty(valueAt(at.segment, 2) || valueAt(at.segment, 2, 4));
  }
}
