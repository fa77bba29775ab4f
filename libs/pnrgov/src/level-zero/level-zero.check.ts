import { codeListEntry } from '@app/edifact';
import { valueAt } from '@app/edifact';
import { FindingSink, PlacedSegment } from '../findings/finding.sink';
import { MESSAGE_FUNCTIONS } from '../structure/pnrgov-code-lists';

const COUNT = /^\d{1,15}$/;

/** MSG C302/1225 message function: 22 full push or 141 update push. */
export function checkMessageFunction(msg: PlacedSegment, sink: FindingSink): void {
  const value = valueAt(msg.segment, 1, 2);
  const ref = { element: 1, component: 2, value };
  if (value === '') {
    const misplaced =
      codeListEntry(MESSAGE_FUNCTIONS, valueAt(msg.segment, 1, 1)) === undefined
        ? ''
        : ` ('${valueAt(msg.segment, 1, 1)}' stands in component 1; write MSG+:${valueAt(msg.segment, 1, 1)})`;
    sink.element(
      '13',
      'pnrgov.msg.function',
      `MSG has no message function (1225, component 2)${misplaced}: send 22 for a full push or 141 for an update push.`,
      msg,
      ref,
    );
  } else if (codeListEntry(MESSAGE_FUNCTIONS, value) === undefined) {
    sink.element(
      '14',
      'pnrgov.msg.function',
      `MSG message function '${value}' is not supported: PNRGOV takes 22 (full push) or 141 (update push).`,
      msg,
      ref,
    );
  }
}

/** Level-0 EQN: the number of PNRs in the whole push, a whole number. */
export function checkPnrCount(eqn: PlacedSegment, sink: FindingSink): number | undefined {
  const value = valueAt(eqn.segment, 1);
  const ref = { element: 1, component: 1, value };
  if (value === '') {
    sink.element('13', 'pnrgov.eqn.number', 'EQN has no number of PNRs (6350).', eqn, ref);
    return undefined;
  }
  if (!COUNT.test(value)) {
    sink.element(
      '12',
      'pnrgov.eqn.number',
      `EQN number of PNRs '${value}' is not a whole number.`,
      eqn,
      ref,
    );
    return undefined;
  }
  return Number(value);
}
