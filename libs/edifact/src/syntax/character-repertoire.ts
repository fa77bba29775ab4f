import { codeListEntry } from '../model/code-list.lookup';
/**
 * Character repertoires named by UNB S001 0001, and how their bytes decode. ISO 9735 level A
 * (UNOA) has no lower case; level B (UNOB) adds it; UNOC–UNOK are the ISO 8859 parts; UNOW and
 * UNOY carry UTF-8. PNRGOV traffic names the IATA set (`IATA:1`), which we read as level B.
 */
export interface CharacterRepertoire {
  id: string;
  /** Node/WHATWG decoder label. */
  encoding: string;
  /** Bytes allowed in values; null means "check the decoded text instead" (UTF-8). */
  allowed: Uint8Array | null;
  /** True when every byte is one character (decode by slicing). */
  singleByte: boolean;
}

const LEVEL_A_PUNCTUATION = ' .,-()/=\'+:?!"%&*;<>';

function table(ranges: Array<[number, number]>, extra = ''): Uint8Array {
  const t = new Uint8Array(256);
  for (const [from, to] of ranges) t.fill(1, from, to + 1);
  for (const ch of extra) t[ch.charCodeAt(0)] = 1;
  return t;
}

const LEVEL_A = table(
  [
    [0x41, 0x5a],
    [0x30, 0x39],
  ],
  LEVEL_A_PUNCTUATION,
);
const PRINTABLE_ASCII = table([[0x20, 0x7e]]);
const ISO_8859 = table([
  [0x20, 0x7e],
  [0xa0, 0xff],
]);

const ISO_8859_PARTS: Record<string, string> = {
  UNOC: 'latin1',
  UNOD: 'iso-8859-2',
  UNOE: 'iso-8859-5',
  UNOF: 'iso-8859-7',
  UNOG: 'iso-8859-3',
  UNOH: 'iso-8859-4',
  UNOI: 'iso-8859-6',
  UNOJ: 'iso-8859-8',
  UNOK: 'iso-8859-9',
};

/** The repertoire for a UNB syntax identifier, or undefined when paxgate does not support it. */
export function characterRepertoire(syntaxId: string): CharacterRepertoire | undefined {
  switch (syntaxId) {
    case 'UNOA':
      return { id: syntaxId, encoding: 'latin1', allowed: LEVEL_A, singleByte: true };
    case 'UNOB':
    case 'IATA':
    case 'IATB':
      return { id: syntaxId, encoding: 'latin1', allowed: PRINTABLE_ASCII, singleByte: true };
    case 'UNOW':
    case 'UNOY':
      return { id: syntaxId, encoding: 'utf8', allowed: null, singleByte: false };
    default: {
      const encoding = codeListEntry(ISO_8859_PARTS, syntaxId);
      return encoding === undefined
        ? undefined
        : { id: syntaxId, encoding, allowed: ISO_8859, singleByte: true };
    }
  }
}
