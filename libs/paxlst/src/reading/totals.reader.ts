import { valueAt } from '@app/edifact';
import { COUNT_QUALIFIERS } from '../code-lists/paxlst-code-lists';
import { ManifestTotals } from '../model/paxlst-manifest';
import { checkCode } from './code-value.check';
import { PaxlstFindings } from './paxlst-findings.collector';
import { PlacedSegment } from './placed-segment';

/** CNT+42:n passengers, CNT+41:n crew: flight totals. 42 is passengers: don't swap them. */
export function readCnt(at: PlacedSegment, totals: ManifestTotals, findings: PaxlstFindings): void {
  const site = {
    at,
    element: 1,
    what: 'CNT control qualifier (6069)',
    rule: 'paxlst.cnt.qualifier',
  };
  if (!checkCode(site, Object.values(COUNT_QUALIFIERS), findings)) return;
  const qualifier = valueAt(at.segment, 1);
  let raw = valueAt(at.segment, 1, 2);
  if (raw === '') {
    // CNT+41+8 puts the count in an element CNT does not have: report it, read it anyway.
    raw = valueAt(at.segment, 2);
    const text =
      raw === ''
        ? `CNT ${qualifier} has no count (6066).`
        : `CNT ${qualifier} has no count in component 2; '${raw}' stands in a second element (send CNT+${qualifier}:${raw}).`;
    findings.element('13', 'paxlst.cnt.value', text, at, 1, 2);
  } else if (!/^\d+$/.test(raw)) {
    findings.element(
      '12',
      'paxlst.cnt.value',
      `CNT ${qualifier} count '${raw}' is not a whole number.`,
      at,
      1,
      2,
    );
  }
  if (!/^\d+$/.test(raw)) return;
  if (qualifier === COUNT_QUALIFIERS.passengers) totals.passengers = Number(raw);
  else totals.crew = Number(raw);
}
