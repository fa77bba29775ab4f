import { GroupDefinition, GroupName, PNR_GROUP } from './pnrgov-group.definitions';

interface Frame {
  group: GroupDefinition;
  /** Index of the slot last filled. */
  slot: number;
  /** Occurrences in that slot (repetitions of a segment or of a nested group). */
  count: number;
}

/** Where a segment landed. `inOrder` is false when it was placed by the lenient fallback. */
export interface Placement {
  group: GroupName;
  /** True when the segment opened a new occurrence of `group` (a new passenger, flight, …). */
  opened: boolean;
  inOrder: boolean;
  /** The innermost group open when the segment arrived, for messages. */
  openGroup: GroupDefinition;
}

/**
 * Follows the segment groups of one PNR. A segment is placed in order when some open group (the
 * innermost first) still has a slot for it at or after its current slot: groups inside are then
 * closed. Failing that, real traffic that breaks the order is still read: the segment goes to the
 * innermost open group that has a slot for it anywhere, and the placement says it was out of order.
 * Undefined means no open group can take the segment. Constant work per segment.
 */
export class GroupTracker {
  private readonly stack: Frame[] = [{ group: PNR_GROUP, slot: 0, count: 1 }];

  place(tag: string): Placement | undefined {
    const openGroup = this.stack[this.stack.length - 1].group;
    for (let depth = this.stack.length - 1; depth >= 0; depth--) {
      const frame = this.stack[depth];
      const slot = this.slotInOrder(frame, tag);
      if (slot < 0) continue;
      this.closeAbove(depth);
      frame.count = slot === frame.slot ? frame.count + 1 : 1;
      frame.slot = slot;
      return this.enter(frame, slot, true, openGroup);
    }
    for (let depth = this.stack.length - 1; depth >= 0; depth--) {
      const frame = this.stack[depth];
      // A group's own trigger is not a slot of it: a second TIF is a new passenger, found in the parent.
      const slot = frame.group.slots.findIndex((s, i) => s.tag === tag && (i > 0 || depth === 0));
      if (slot < 0) continue;
      // Out of order: a lone segment is read where it fits and the groups inside stay open; a new
      // group (a passenger after the flights) restarts the order from there, so it is reported once.
      if (frame.group.slots[slot].group === undefined) {
        return { group: frame.group.name, opened: false, inOrder: false, openGroup };
      }
      this.closeAbove(depth);
      frame.slot = slot;
      frame.count = 1;
      return this.enter(frame, slot, false, openGroup);
    }
    return this.openSkippingParent(tag, openGroup);
  }

  /**
   * A group opened without the group that should hold it (TRI with no check-in DAT, FOP with no
   * TKT): the notes give the nesting as GTAS reads it, not as a guide mandates it, so the missing
   * parent is opened implicitly and the placement reported out of order, not rejected.
   */
  private openSkippingParent(tag: string, openGroup: GroupDefinition): Placement | undefined {
    for (let depth = this.stack.length - 1; depth >= 0; depth--) {
      const frame = this.stack[depth];
      for (let slot = 1; slot < frame.group.slots.length; slot++) {
        const parent = frame.group.slots[slot].group;
        const child =
          parent?.slots.findIndex((s, i) => i > 0 && s.group !== undefined && s.tag === tag) ?? -1;
        if (parent === undefined || child < 0) continue;
        this.closeAbove(depth);
        frame.slot = slot;
        frame.count = 1;
        const implicit: Frame = { group: parent, slot: child, count: 1 };
        this.stack.push(implicit);
        return this.enter(implicit, child, false, openGroup);
      }
    }
    return undefined;
  }

  /** True when a group of this name is open (it or a group inside it is being read). */
  isOpen(name: GroupName): boolean {
    for (const frame of this.stack) if (frame.group.name === name) return true;
    return false;
  }

  private closeAbove(depth: number): void {
    while (this.stack.length > depth + 1) this.stack.pop();
  }

  private slotInOrder(frame: Frame, tag: string): number {
    const slots = frame.group.slots;
    for (let i = frame.slot; i < slots.length; i++) {
      if (slots[i].tag === tag && (i > frame.slot || frame.count < slots[i].max)) return i;
    }
    return -1;
  }

  private enter(
    frame: Frame,
    slot: number,
    inOrder: boolean,
    openGroup: GroupDefinition,
  ): Placement {
    const nested = frame.group.slots[slot].group;
    if (nested === undefined) return { group: frame.group.name, opened: false, inOrder, openGroup };
    this.stack.push({ group: nested, slot: 0, count: 1 });
    return { group: nested.name, opened: true, inOrder, openGroup };
  }
}
