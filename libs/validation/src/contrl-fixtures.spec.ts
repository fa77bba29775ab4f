import { InterchangeHeader, readInterchange, valueAt } from '@app/edifact';
import { validateInterchange } from './interchange.inspector';
import { FixtureKind, FixtureVerdict, fixtureNames, readFixture } from './testing/fixture-folders';

/** Every file of contrl/not-ok, and the defect its name says (an envelope rule, or below). */
const DEFECTS: Record<string, string> = {
  'uci-action-unknown': 'contrl.uci.action',
  'uci-missing': 'contrl.uci.missing',
  'unh-message-type-not-contrl': 'contrl.message-type',
  'unt-count-mismatch': 'envelope.unt.count',
  'unt-reference-mismatch': 'envelope.unt.reference',
  'unz-count-mismatch': 'envelope.unz.count',
  'unz-missing': 'envelope.unz.missing',
};

/**
 * What is wrong with a CONTRL: the syntax faults its envelope reads with, then what ISO 9735
 * asks of the message itself (paxgate writes CONTRLs but reads none): UCI right after UNH with
 * action 4, 7 or 8, and each UCM with action 4 or 7.
 */
function contrlDefects(bytes: Buffer): string[] {
  const interchange = readInterchange(bytes);
  const defects = interchange.findings.filter((f) => f.kind === 'syntax').map((f) => f.rule);
  if (interchange.messages.length === 0) defects.push('contrl.message.missing');
  for (const message of interchange.messages) {
    if (message.type !== 'CONTRL') {
      defects.push('contrl.message-type');
      continue;
    }
    const uci = message.segments[1];
    if (uci?.tag !== 'UCI') defects.push('contrl.uci.missing');
    else if (!['4', '7', '8'].includes(valueAt(uci, 4))) defects.push('contrl.uci.action');
    for (const ucm of message.segments.filter((s) => s.tag === 'UCM')) {
      if (!['4', '7'].includes(valueAt(ucm, 3))) defects.push('contrl.ucm.action');
    }
  }
  return defects;
}

/** The CONTRL's own preparation time (UTC): CCYYMMDD or YYMMDD, and HHMM. */
function preparedAt(header: InterchangeHeader): Date {
  const date = header.date.length === 6 ? `20${header.date}` : header.date;
  const [year, month, day] = [date.slice(0, 4), date.slice(4, 6), date.slice(6, 8)].map(Number);
  const [hours, minutes] = [header.time.slice(0, 2), header.time.slice(2, 4)].map(Number);
  return new Date(Date.UTC(year, month - 1, day, hours, minutes));
}

/** `for-<kind>-<name>.edi` answers `<kind>/ok/<name>.edi` or `<kind>/not-ok/<name>.edi`. */
function sourceOf(answer: string): { kind: FixtureKind; verdict: FixtureVerdict; name: string } {
  const [, kind, name] = /^for-(paxlst|pnrgov)-(.+)$/.exec(answer) ?? [];
  if (kind !== 'paxlst' && kind !== 'pnrgov') throw new Error(`${answer}: no source kind`);
  const verdict = fixtureNames(kind, 'ok').includes(name) ? 'ok' : 'not-ok';
  if (!fixtureNames(kind, verdict).includes(name)) throw new Error(`${answer}: no source`);
  return { kind, verdict, name };
}

const OK = fixtureNames('contrl', 'ok');
const ANSWERS = OK.filter((name) => name.startsWith('for-'));

describe('CONTRL fixtures (test/fixtures/contrl)', () => {
  it('holds CONTRLs paxgate answered and CONTRLs as received from others', () => {
    expect(ANSWERS.length).toBeGreaterThan(0);
    expect(OK.filter((name) => name.startsWith('received-')).length).toBeGreaterThan(0);
  });

  it.each(OK)('ok/%s.edi is a CONTRL without a defect', (name) => {
    expect(contrlDefects(readFixture('contrl', 'ok', name))).toEqual([]);
  });

  it('knows the defect of every not-ok file', () => {
    expect(fixtureNames('contrl', 'not-ok')).toEqual(Object.keys(DEFECTS).sort());
  });

  it.each(Object.entries(DEFECTS))('not-ok/%s.edi has the defect %s', (name, defect) => {
    expect(contrlDefects(readFixture('contrl', 'not-ok', name))).toContain(defect);
  });

  // Made once by `paxgate ack` (dist/apps/cli/main.js) from the source fixture; read again with
  // the CONTRL's own time and reference, the source must still be answered byte for byte so.
  it.each(ANSWERS)('ok/%s.edi is still what paxgate answers to its source', (name) => {
    const answer = readFixture('contrl', 'ok', name);
    const { header } = readInterchange(answer);
    const source = sourceOf(name);

    const report = validateInterchange(readFixture(source.kind, source.verdict, source.name), {
      now: preparedAt(header),
      contrlReference: header.controlReference,
    });

    expect(`${report.contrl}\n`).toBe(answer.toString('latin1'));
    expect(report.outcome).toBe(source.verdict === 'ok' ? 'accepted' : 'rejected');
  });

  it.each(OK)('ok/%s.edi sent to paxgate is rejected: it takes no CONTRL in (14)', (name) => {
    const report = validateInterchange(readFixture('contrl', 'ok', name));

    expect(report.outcome).toBe('rejected');
    expect(report.findings.map((f) => [f.kind === 'syntax' ? f.code : f.kind, f.rule])).toEqual(
      report.messages.map(() => ['14', 'message.type']),
    );
  });
});
