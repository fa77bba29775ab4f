import { EdifactMessage, syntaxFinding } from '@app/edifact';
import { PaxlstManifest } from '../model/paxlst-manifest';
import { PaxlstReadContext, PaxlstReading } from '../model/paxlst-reading';
import { PaxlstSegmentWalker } from './paxlst-segment.walker';

/**
 * Reads one PAXLST into a manifest and its findings. Lenient: every segment that can be read is
 * read, wherever it stands. Strict: every deviation is reported. Never throws.
 */
export function readPaxlst(
  message: EdifactMessage,
  context: PaxlstReadContext = {},
): PaxlstReading {
  try {
    return new PaxlstSegmentWalker(
      message,
      emptyManifest(message),
      context.now ?? new Date(),
    ).read();
  } catch (error) {
    // Fail closed: a reader fault rejects the message rather than letting it through unread.
    const reason = error instanceof Error ? error.message : String(error);
    const location = {
      messageReference: message.reference,
      groupReference: message.groupReference,
    };
    const finding = syntaxFinding(
      'message',
      '18',
      'paxlst.unreadable',
      `The PAXLST could not be read: ${reason}.`,
      location,
    );
    return { manifest: emptyManifest(message), findings: [finding] };
  }
}

/** The manifest before any segment is read: what UNH already says. */
function emptyManifest(message: EdifactMessage): PaxlstManifest {
  const identification: PaxlstManifest['message'] = {
    reference: message.reference,
    version: `${message.version}${message.release}`,
    documentName: { code: '' },
  };
  if (message.accessReference !== '') identification.accessReference = message.accessReference;
  if (message.part !== undefined) identification.part = { ...message.part };
  return { message: identification, legs: [], travellers: [], totals: {} };
}
