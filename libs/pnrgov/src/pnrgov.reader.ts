import { codeListEntry } from '@app/edifact';
import { EdifactMessage, Finding, syntaxFinding, valueAt } from '@app/edifact';
import { FindingSink, PlacedSegment } from './findings/finding.sink';
import { checkFlight } from './level-zero/flight.check';
import { checkMessageFunction, checkPnrCount } from './level-zero/level-zero.check';
import { LevelZero, readLevelZero } from './level-zero/level-zero.reader';
import { Pnr } from './model/pnr.model';
import { MessageIdentification, PnrgovPush } from './model/pnrgov-push.model';
import { PnrDraft } from './pnr/pnr.draft';
import { PnrReader } from './pnr/pnr.reader';
import { checkPnrCounts } from './pnr/pnr-count.check';
import { readOriginator } from './segments/org.parser';
import { readFlight } from './segments/tvl.parser';
import { MESSAGE_FUNCTIONS } from './structure/pnrgov-code-lists';

export interface PnrgovReadingContext {
  /** The clock, for inferring birth-date centuries when the flight has no date (tests pin it). */
  now?: Date;
}

export interface PnrgovReading {
  push: PnrgovPush;
  findings: Finding[];
}

/**
 * Reads one PNRGOV message into a push and its findings: syntax findings reject the message in
 * the CONTRL, quality findings are only reported. Never throws: `pnrs` always holds one PNR per
 * SRC, however malformed the message.
 */
export function readPnrgov(
  message: EdifactMessage,
  context: PnrgovReadingContext = {},
): PnrgovReading {
  try {
    return new PnrgovMessageReader(message, context.now ?? new Date()).read();
  } catch {
    return unreadable(message);
  }
}

class PnrgovMessageReader {
  private readonly sink: FindingSink;

  constructor(
    private readonly message: EdifactMessage,
    private readonly now: Date,
  ) {
    this.sink = new FindingSink(message);
  }

  read(): PnrgovReading {
    const segments = this.message.segments;
    const place = (i: number): PlacedSegment => ({ segment: segments[i], position: i + 1 });
    const end =
      segments.length > 0 && segments[segments.length - 1].tag === 'UNT'
        ? segments.length - 1
        : segments.length;
    let i = segments[0]?.tag === 'UNH' ? 1 : 0;
    const levelZeroSegments: PlacedSegment[] = [];
    for (; i < end && segments[i].tag !== 'SRC'; i++) levelZeroSegments.push(place(i));
    const afterLevelZero = i < segments.length ? place(i) : undefined;
    const levelZero = readLevelZero(levelZeroSegments, afterLevelZero, this.sink);
    const push = this.readHeader(levelZero);
    const context = {
      sink: this.sink,
      notAfterYear: Number((push.flight?.departure ?? this.now.toISOString()).slice(0, 4)),
    };
    let reader: PnrReader | undefined;
    for (; i < end; i++) {
      const placed = place(i);
      if (placed.segment.tag !== 'SRC') reader?.take(placed);
      else {
        if (reader !== undefined) push.pnrs.push(reader.finish(placed));
        reader = new PnrReader(placed, context);
      }
    }
    if (reader !== undefined) {
      push.pnrs.push(reader.finish(end < segments.length ? place(end) : undefined));
    }
    checkPnrCounts(push, { eqn: levelZero.EQN, firstSrc: afterLevelZero }, this.sink);
    return { push, findings: this.sink.findings };
  }

  private readHeader(levelZero: LevelZero): PnrgovPush {
    const { MSG: msg, ORG: org, TVL: tvl, EQN: eqn } = levelZero;
    if (msg !== undefined) checkMessageFunction(msg, this.sink);
    if (tvl !== undefined) checkFlight(tvl, this.sink);
    const expectedPnrs = eqn === undefined ? undefined : checkPnrCount(eqn, this.sink);
    return {
      message: identify(this.message, msg === undefined ? '' : valueAt(msg.segment, 1, 2)),
      sender: org === undefined ? undefined : readOriginator(org.segment),
      flight: tvl === undefined ? undefined : readFlight(tvl.segment),
      expectedPnrs,
      pnrs: [],
    };
  }
}

function identify(message: EdifactMessage, functionCode: string): MessageIdentification {
  return {
    reference: message.reference,
    version: [message.version, message.release].filter((v) => v !== '').join('.'),
    accessReference: message.accessReference,
    part: message.part === undefined ? undefined : { ...message.part },
    functionCode: functionCode || undefined,
    function: codeListEntry(MESSAGE_FUNCTIONS, functionCode) ?? 'unknown',
  };
}

/** The safety net behind "never throws": one empty PNR per SRC and a rejection naming the fault. */
function unreadable(message: EdifactMessage): PnrgovReading {
  const pnrs: Pnr[] = [];
  message.segments.forEach((s, i) => {
    if (s.tag === 'SRC') pnrs.push(new PnrDraft(i + 1).pnr);
  });
  const finding = syntaxFinding(
    'message',
    '18',
    'pnrgov.unreadable',
    'The PNRGOV message could not be read: paxgate met an internal error; please report it.',
    {
      tag: 'UNH',
      segmentIndex: message.segments[0]?.index,
      messageReference: message.reference,
      groupReference: message.groupReference,
      position: 1,
    },
  );
  return { push: { message: identify(message, ''), pnrs }, findings: [finding] };
}
