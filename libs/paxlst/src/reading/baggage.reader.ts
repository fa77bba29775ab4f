import { valueAt } from '@app/edifact';
import { MEASURE_QUALIFIERS, WEIGHT_UNITS } from '../code-lists/paxlst-code-lists';
import { Baggage, Traveller } from '../model/traveller';
import { PaxlstFindings } from './paxlst-findings.collector';
import { PlacedSegment } from './placed-segment';

const bagsOf = (traveller: Traveller): Baggage => (traveller.baggage ??= { tags: [] });

/** MEA+CT++n (bag count), MEA+WT++KGM:n (bag weight), FTX+BAG+++TAG:consecutive. */
export function readBaggage(
  at: PlacedSegment,
  traveller: Traveller,
  findings: PaxlstFindings,
): void {
  const segment = at.segment;
  if (segment.tag === 'FTX') {
    const tag = valueAt(segment, 4);
    if (valueAt(segment, 1) !== 'BAG' || tag === '') return;
    const consecutive = Number(valueAt(segment, 4, 2));
    bagsOf(traveller).tags.push({
      number: tag,
      consecutive: Number.isInteger(consecutive) && consecutive > 0 ? consecutive : 1,
    });
    return;
  }
  const qualifier = valueAt(segment, 1);
  if (!MEASURE_QUALIFIERS.includes(qualifier)) {
    // The MEA list is practice (GTAS, jetway), not in EDIFACT-NOTES: warn, don't reject.
    findings.quality(
      'warning',
      'paxlst.mea.qualifier',
      `MEA qualifier '${qualifier}' is not CT (bag count) or WT (bag weight).`,
      at,
      1,
    );
    return;
  }
  if (qualifier === 'CT') return readCount(at, traveller, findings);
  const unit = valueAt(segment, 3);
  const raw = valueAt(segment, 3, 2);
  if (!/^\d+(\.\d+)?$/.test(raw)) {
    findings.element('12', 'paxlst.mea.value', `MEA WT weight '${raw}' is not a number.`, at, 3, 2);
    return;
  }
  if (!WEIGHT_UNITS.includes(unit)) {
    findings.quality(
      'warning',
      'paxlst.mea.unit',
      `MEA WT unit '${unit}' is not KGM or LBR.`,
      at,
      3,
    );
  }
  bagsOf(traveller).weight = { value: Number(raw), unit };
}

/** The count belongs in component 2 (`MEA+CT++:2`); GTAS traffic sends it in component 1. */
function readCount(at: PlacedSegment, traveller: Traveller, findings: PaxlstFindings): void {
  const component = valueAt(at.segment, 3, 2) !== '' ? 2 : 1;
  const raw = valueAt(at.segment, 3, component);
  if (!/^\d+$/.test(raw)) {
    findings.element(
      '12',
      'paxlst.mea.value',
      `MEA CT bag count '${raw}' is not a whole number.`,
      at,
      3,
      component,
    );
    return;
  }
  bagsOf(traveller).count = Number(raw);
}
