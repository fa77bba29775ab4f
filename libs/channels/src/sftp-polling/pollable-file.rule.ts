import { RemoteEntry } from './remote-file';

/** Names a carrier's client gives a file while it is still writing it. */
const PARTIAL = /\.(part|tmp)$/iu;
/** paxgate's own acknowledgements, should contrlDirectory be the polled directory itself. */
const CONTRL = /\.contrl$/iu;

/**
 * Whether a listed entry is a finished interchange to take: a regular file, not hidden (dot
 * files are where uploaders, paxgate included, write before renaming), not `*.part` / `*.tmp`,
 * and not a `*.contrl` paxgate wrote back.
 */
export function isPollable(entry: Pick<RemoteEntry, 'name' | 'type'>): boolean {
  return (
    entry.type === '-' &&
    !entry.name.startsWith('.') &&
    !PARTIAL.test(entry.name) &&
    !CONTRL.test(entry.name)
  );
}
