import { Assembly, MessageSummary } from '@app/journal';

/** What routing does with a message, once multi-part assembly has seen it. */
export type AssemblyDecision =
  /** Not a part of a larger message: route it as it is. */
  | { kind: 'single' }
  /** A part taken into its set; the set waits for more. */
  | { kind: 'waiting'; assembly: Assembly }
  /** A repeated or late part: journaled as such, not routed. */
  | { kind: 'ignored'; assembly: Assembly; reason: 'duplicate-part' | 'late-part' }
  /** The set is whole (or forced): route its lead message, which stands for all parts. */
  | { kind: 'assembled'; assembly: Assembly; lead: MessageSummary };
