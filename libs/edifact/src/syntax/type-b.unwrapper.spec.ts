import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInterchange } from '../envelope/interchange.reader';
import { unwrapInput } from './type-b.unwrapper';

const SOH = '\u0001';
const STX = '\u0002';
const ETX = '\u0003';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const bytes = (text: string): Buffer => Buffer.from(text, 'latin1');
const CORPUS = join(__dirname, '../../../../test/fixtures/corpus');

/** A relayed PAXLST: `(` separates elements, `-` ends segments, the body hard-wrapped at 70 columns. */
function typeB(body: string, heading = 'QP BGICUXH\r\n.HDQASAA 111800\r\n'): Buffer {
  const wrapped = body.match(/.{1,70}/g)?.join('\r\n') ?? '';
  return bytes(`\r\n${SOH}${heading}${STX}${wrapped}\r\n${ETX}`);
}

describe(unwrapInput.name, () => {
  it('returns input without an envelope as it is', () => {
    const input = bytes("UNB+UNOA:4+S+R+260101:1200+1'");
    const out = unwrapInput(input);
    expect(out).toEqual({ body: input, typeB: false, heading: '' });
    expect(out.body).toBe(input);
  });

  it('drops a UTF-8 byte-order mark and leading blank lines', () => {
    const out = unwrapInput(Buffer.concat([BOM, bytes("\r\n\r\n  \tUNA:+.? 'UNB")]));
    expect(out).toEqual({ body: bytes("UNA:+.? 'UNB"), typeB: false, heading: '' });
  });

  it('strips SOH, the address and origin lines, STX and ETX, and keeps the heading for the journal', () => {
    const out = unwrapInput(
      bytes(`${SOH}QP BGICUXH\r\n.HDQASAA 111800\r\n${STX}UNA:(.) -UNB(UNOA:4-\r\n${ETX}\r\nNNNN`),
    );
    expect(out).toEqual({
      body: bytes('UNA:(.) -UNB(UNOA:4-\r\n'),
      typeB: true,
      heading: 'QP BGICUXH .HDQASAA 111800',
    });
  });

  it('finds the UNA when a line break follows STX, and after a byte-order mark in the body', () => {
    expect(unwrapInput(bytes(`${SOH}QP X\r\n.Y 1\r\n${STX}\r\n UNA:(.) -UNB${ETX}`)).body).toEqual(
      bytes('UNA:(.) -UNB'),
    );
    expect(
      unwrapInput(Buffer.concat([bytes(`${SOH}QP X\r\n${STX}`), BOM, bytes(`UNB+${ETX}`)])).body,
    ).toEqual(bytes('UNB+'));
  });

  it('reads to the end when ETX is missing', () => {
    expect(unwrapInput(bytes(`${SOH}QP X\r\n${STX}UNB+UNOA:4'`))).toEqual({
      body: bytes("UNB+UNOA:4'"),
      typeB: true,
      heading: 'QP X',
    });
  });

  it('starts the body at the first UNA or UNB line when STX is missing', () => {
    expect(unwrapInput(bytes(`${SOH}QP BGICUXH\r\n.HDQASAA 111800\r\nUNB+UNOA:4'${ETX}`))).toEqual({
      body: bytes("UNB+UNOA:4'"),
      typeB: true,
      heading: 'QP BGICUXH .HDQASAA 111800',
    });
  });

  it('leaves SOH text without STX or any EDIFACT line alone', () => {
    expect(unwrapInput(bytes(`${SOH}QP X\r\nFREE TEXT`))).toEqual({
      body: bytes(`${SOH}QP X\r\nFREE TEXT`),
      typeB: false,
      heading: '',
    });
  });

  it('reads the body of a tiny synthetic Type B message into one message', () => {
    const body = [
      'UNA:(.) -UNB(UNOA:4(SENDER:ZZ(RECIPIENT:ZZ(260101:1200(REF1(((APIS-',
      'UNH(1(PAXLST:D:05B:UN:IATA(LH400/260101(01:F-BGM(745-',
      'NAD(FL(((O)-BRIEN:JOHN-NAD(FL(((SMITH:JANE-CNT(42:2-UNT(6(1-UNZ(1(REF1-',
    ].join('');
    const interchange = readInterchange(typeB(body));
    expect(interchange.typeB).toBe(true);
    expect(interchange.findings).toEqual([]);
    expect(interchange.header.sender).toEqual({ id: 'SENDER', qualifier: 'ZZ' });
    expect(interchange.messages).toHaveLength(1);
    expect(interchange.messages[0].part).toEqual({ number: 1, last: true });
    const names = interchange.messages[0].segments
      .filter((s) => s.tag === 'NAD')
      .map((s) => s.elements[3]);
    expect(names).toEqual([
      ['O-BRIEN', 'JOHN'],
      ['SMITH', 'JANE'],
    ]);
  });

  it('reads the SITA-relayed corpus file (70-column CRLF body) as 1 message with 11 NAD+FL and no syntax findings', () => {
    const input = readFileSync(join(CORPUS, 'seamustuohy__GTAS/airline2__typeB_v20150622.edi'));
    expect(unwrapInput(input)).toMatchObject({
      typeB: true,
      heading: 'QP BGICUXH .HDQASAA 111800',
    });
    const interchange = readInterchange(input);
    expect(interchange.typeB).toBe(true);
    expect(interchange.serviceCharacters).toEqual({
      component: 0x3a,
      element: 0x2a,
      decimal: 0x2e,
      release: 0x3f,
      repetition: null,
      terminator: 0x24,
    });
    expect(interchange.findings.filter((f) => f.kind === 'syntax')).toEqual([]);
    expect(interchange.messages).toHaveLength(1);
    const passengers = interchange.messages[0].segments.filter(
      (s) => s.tag === 'NAD' && s.elements[0][0] === 'FL',
    );
    expect(passengers).toHaveLength(11);
    expect(passengers[0].elements[3]).toEqual(['BARNES', 'GERALD', 'FRANCIS']);
  });
});
