/**
 * The segment groups inside one PNR, as EDIFACT-NOTES §3 gives them (after GTAS) completed with
 * the guide's nesting: Gr.3/4 inside Gr.2, Gr.6/7 inside Gr.5, Gr.11/12 inside Gr.10 (the notes
 * flatten the history groups into Gr.10). Repeat counts are generous where a guide is not at hand:
 * exceeding one only costs a data-quality warning, never a rejection.
 */
export type GroupName =
  | 'Gr.1'
  | 'Gr.2'
  | 'Gr.3'
  | 'Gr.4'
  | 'Gr.5'
  | 'Gr.6'
  | 'Gr.7'
  | 'Gr.8'
  | 'Gr.9'
  | 'Gr.10'
  | 'Gr.11'
  | 'Gr.12';

export interface Slot {
  tag: string;
  max: number;
  /** Set when this slot opens a nested group; the group's first slot is its trigger. */
  group?: GroupDefinition;
}

export interface GroupDefinition {
  name: GroupName;
  /** What the group holds, for messages. */
  label: string;
  slots: readonly Slot[];
}

const MANY = 9999;
const define = (name: GroupName, label: string, slots: Slot[]): GroupDefinition => ({
  name,
  label,
  slots,
});
const nest = (group: GroupDefinition, max: number): Slot => ({
  tag: group.slots[0].tag,
  max,
  group,
});

const formOfPayment = define('Gr.4', 'form of payment', [
  { tag: 'FOP', max: 1 },
  { tag: 'IFT', max: 1 },
  { tag: 'ADD', max: 1 },
]);
const ticket = define('Gr.3', 'ticket', [
  { tag: 'TKT', max: 1 },
  { tag: 'MON', max: 1 },
  { tag: 'PTK', max: 1 },
  { tag: 'TXD', max: 99 },
  { tag: 'DAT', max: 1 },
  nest(formOfPayment, 1),
]);
const passenger = define('Gr.2', 'passenger', [
  { tag: 'TIF', max: 1 },
  { tag: 'FTI', max: 1 },
  { tag: 'IFT', max: 99 },
  { tag: 'REF', max: 1 },
  { tag: 'EBD', max: 1 },
  { tag: 'FAR', max: 99 },
  { tag: 'SSR', max: 999 },
  { tag: 'ADD', max: 99 },
  nest(ticket, 99),
]);
const seatAndBags = define('Gr.7', 'seat and bags', [
  { tag: 'TRI', max: 1 },
  { tag: 'TIF', max: 1 },
  { tag: 'SSD', max: 1 },
  { tag: 'TBD', max: 1 },
]);
const checkIn = define('Gr.6', 'check-in', [
  { tag: 'DAT', max: 1 },
  { tag: 'ORG', max: 1 },
  nest(seatAndBags, 999),
]);
const flight = define('Gr.5', 'flight', [
  { tag: 'TVL', max: 1 },
  { tag: 'TRA', max: 1 },
  { tag: 'RPI', max: 1 },
  { tag: 'APD', max: 1 },
  { tag: 'SSR', max: 999 },
  { tag: 'RCI', max: 1 },
  { tag: 'IFT', max: 999 },
  nest(checkIn, 99),
]);
const splitPnr = define('Gr.8', 'split PNR', [
  { tag: 'EQN', max: 1 },
  { tag: 'RCI', max: 99 },
]);
const nonAir = define('Gr.9', 'non-air segment', [
  { tag: 'MSG', max: 1 },
  { tag: 'TVL', max: 99 },
]);
const historyFlight = define('Gr.12', 'history flight', [
  { tag: 'TVL', max: 1 },
  { tag: 'RPI', max: 1 },
]);
const historyChange = define('Gr.11', 'history change', [
  { tag: 'SAC', max: 1 },
  { tag: 'TIF', max: 1 },
  { tag: 'SSR', max: 1 },
  { tag: 'IFT', max: 1 },
  { tag: 'TBD', max: 1 },
  nest(historyFlight, 1),
]);
// The notes list Gr.10 flat (`ABI DAT SAC TIF SSR IFT TBD`): a change item without its SAC is still history.
const history = define('Gr.10', 'history', [
  { tag: 'ABI', max: 1 },
  { tag: 'DAT', max: 1 },
  { tag: 'TIF', max: 1 },
  { tag: 'SSR', max: 1 },
  { tag: 'IFT', max: 1 },
  { tag: 'TBD', max: 1 },
  nest(historyChange, MANY),
]);

/** Gr.1, one PNR, opened by an empty SRC. */
export const PNR_GROUP: GroupDefinition = define('Gr.1', 'PNR', [
  { tag: 'SRC', max: 1 },
  { tag: 'RCI', max: 1 },
  { tag: 'SSR', max: 999 },
  { tag: 'DAT', max: 1 },
  { tag: 'IFT', max: 999 },
  { tag: 'ORG', max: 1 },
  { tag: 'ADD', max: 99 },
  { tag: 'EBD', max: 99 },
  nest(passenger, 999),
  nest(flight, 999),
  nest(splitPnr, 1),
  nest(nonAir, 1),
  nest(history, 999),
  { tag: 'LTS', max: MANY },
]);

/** For each tag, the groups it may stand in, for "cannot stand here" messages. */
export const GROUPS_BY_TAG: ReadonlyMap<string, readonly GroupDefinition[]> =
  indexGroups(PNR_GROUP);

function indexGroups(root: GroupDefinition): Map<string, GroupDefinition[]> {
  const byTag = new Map<string, GroupDefinition[]>();
  const visit = (group: GroupDefinition) => {
    for (const slot of group.slots) {
      if (slot.group !== undefined) visit(slot.group);
      else byTag.set(slot.tag, [...(byTag.get(slot.tag) ?? []), group]);
    }
  };
  visit(root);
  return byTag;
}
