import { SyntaxFinding } from '../findings/finding';
import { DEFAULT_SERVICE_CHARACTERS, ServiceCharacters } from './service-characters';
import { guessServiceCharacters, readServiceStringAdvice } from './service-string.reader';

const bytes = (text: string): Buffer => Buffer.from(text, 'latin1');
const chars = (s: string): ServiceCharacters => ({
  component: s.charCodeAt(0),
  element: s.charCodeAt(1),
  decimal: s.charCodeAt(2),
  release: s.charCodeAt(3),
  repetition: s[4] === ' ' ? null : s.charCodeAt(4),
  terminator: s.charCodeAt(5),
});

/** The one finding every unusable UNA gives: code 20 at interchange level (ISO 9735-4, UCI only). */
function una20(message: string, value: string): SyntaxFinding {
  return {
    kind: 'syntax',
    level: 'interchange',
    code: '20',
    rule: 'envelope.una.service-characters',
    message,
    location: { tag: 'UNA', segmentIndex: -1, value },
  };
}

describe(readServiceStringAdvice.name, () => {
  // bench:fuzz found it: a bad sixth character at the very end made the look for UNB read past it.
  it('reports, not throws, a UNA whose terminator is a space at the end of the input', () => {
    const advice = readServiceStringAdvice(bytes("UNA:+.?' "), 0);
    expect(advice.readable).toBe(false);
    expect(advice.findings.map((f) => f.code)).toEqual(['20']);
  });

  describe('without UNA', () => {
    it("uses the ISO 9735 defaults :+.? ' and starts at the first byte", () => {
      const advice = readServiceStringAdvice(bytes("UNB+UNOA:4+S+R+260101:1200+1'"), 0);
      expect(advice).toEqual({
        characters: DEFAULT_SERVICE_CHARACTERS,
        next: 0,
        readable: true,
        findings: [],
      });
      expect(advice.characters).toEqual(chars(":+.? '"));
    });

    it('keeps the start offset it was given', () => {
      expect(readServiceStringAdvice(bytes('xxUNB+'), 2).next).toBe(2);
    });

    it('reads an input shorter than three bytes as having no UNA', () => {
      expect(readServiceStringAdvice(bytes('UN'), 0)).toEqual({
        characters: DEFAULT_SERVICE_CHARACTERS,
        next: 0,
        readable: true,
        findings: [],
      });
    });
  });

  describe('a readable UNA', () => {
    it.each([
      ["UNA:+.? '", ":+.? '"],
      ['UNA:(.) -', ':(.) -'],
      ["UNA:+.?*'", ":+.?*'"],
      ["UNA:+,? '", ":+,? '"],
      ['UNA:*.? $', ':*.? $'],
      ['UNA|^.\\#~', '|^.\\#~'],
    ])('%s gives each role its own character', (una, expected) => {
      const advice = readServiceStringAdvice(bytes(`${una}UNB`), 0);
      expect(advice).toEqual({
        characters: chars(expected),
        next: 9,
        readable: true,
        findings: [],
      });
    });

    it('reads the Type B relay characters: ( separates elements, ) releases, - ends segments', () => {
      expect(readServiceStringAdvice(bytes('UNA:(.) -UNB(UNOA:4'), 0).characters).toEqual({
        component: 0x3a,
        element: 0x28,
        decimal: 0x2e,
        release: 0x29,
        repetition: null,
        terminator: 0x2d,
      });
    });

    it('treats a space in the repetition position as reserved (v3), not as a separator', () => {
      expect(readServiceStringAdvice(bytes("UNA:+.? '"), 0).characters.repetition).toBeNull();
    });

    it('reads a UNA that starts at an offset', () => {
      const advice = readServiceStringAdvice(bytes("\r\nUNA:+.?*'UNB"), 2);
      expect(advice.next).toBe(11);
      expect(advice.characters.repetition).toBe(0x2a);
    });
  });

  describe('an unreadable UNA (code 20)', () => {
    const unreadable = (input: Buffer | string) => {
      const advice = readServiceStringAdvice(typeof input === 'string' ? bytes(input) : input, 0);
      expect(advice.readable).toBe(false);
      expect(advice.characters).toEqual(DEFAULT_SERVICE_CHARACTERS);
      return advice;
    };

    it.each([
      [
        "UNA++.? 'UNB",
        "UNA gives '+' two roles: component separator and element separator.",
        "++.? '",
      ],
      [
        "UNA:+.?''UNB",
        "UNA gives ''' two roles: repetition separator and segment terminator.",
        ":+.?''",
      ],
      [
        "UNA:+.'*'UNB",
        "UNA gives ''' two roles: release character and segment terminator.",
        ":+.'*'",
      ],
      [
        "UNA:+.:*'UNB",
        "UNA gives ':' two roles: component separator and release character.",
        ":+.:*'",
      ],
    ])('%s gives one character two roles', (input, message, value) => {
      expect(unreadable(input)).toEqual({
        characters: DEFAULT_SERVICE_CHARACTERS,
        next: 9,
        readable: false,
        findings: [una20(message, value)],
      });
    });

    it('rejects a multi-byte character (U+2019 as terminator) and names it', () => {
      const advice = unreadable(
        Buffer.concat([bytes('UNA:+.\\*'), Buffer.from('\u2019 ', 'utf8'), bytes("UNB+IATA:1'")]),
      );
      expect(advice.findings).toEqual([
        una20(
          "UNA segment terminator is the multi-byte character U+2019 '\u2019'; a service character must be one byte.",
          ':+.\\*\u00e2',
        ),
      ]);
    });

    it('names a lone non-ASCII byte that is no UTF-8 character', () => {
      const advice = unreadable(
        Buffer.concat([bytes('UNA:+.?'), Buffer.from([0xa7]), bytes("'UNB")]),
      );
      expect(advice.findings[0].message).toBe(
        'UNA repetition separator is the multi-byte character byte 0xa7; a service character must be one byte.',
      );
    });

    it("says a five-character UNA (UNA:+\\*' then a line feed) lacks a service character", () => {
      expect(unreadable("UNA:+\\*'\nUNB+IATA:1+1A+KRC+130527:0754+0003'").findings).toEqual([
        una20(
          "UNA has only five service characters (':+\\*''): the segment terminator position holds a line feed.",
          ":+\\*'\n",
        ),
      ]);
    });

    it('says so too when a five-character UNA runs straight into UNB or a CR', () => {
      expect(unreadable("UNA:+.?'UNB+UNOA:4'").findings[0].message).toBe(
        "UNA has only five service characters (':+.?''): the segment terminator position holds 'U'.",
      );
      expect(unreadable("UNA:+.?'\r\nUNB").findings[0].message).toMatch(
        /^UNA has only five service characters .* a carriage return\.$/,
      );
    });

    it.each([
      ["UNAA+.? 'UNB", "UNA component separator is 'A', which cannot be a service character."],
      ["UNA:x.? 'UNB", "UNA element separator is 'x', which cannot be a service character."],
      ["UNA:+.1 'UNB", "UNA release character is '1', which cannot be a service character."],
      [
        "UNA:+.?\t'UNB",
        'UNA repetition separator is control character 0x09, which cannot be a service character.',
      ],
      [
        'UNA:+.? \u0000UNB',
        'UNA segment terminator is control character 0x00, which cannot be a service character.',
      ],
      [
        "UNA\u007f+.? 'UNB",
        'UNA component separator is control character 0x7f, which cannot be a service character.',
      ],
      ["UNA + .? 'UNB", 'UNA component separator is a space, which cannot be a service character.'],
      ['UNA:+.? 9UNB', "UNA segment terminator is '9', which cannot be a service character."],
    ])(
      '%j: letters, digits, spaces and control characters cannot be service characters',
      (input, message) => {
        const advice = unreadable(input);
        expect(advice.findings).toEqual([una20(message, input.slice(3, 9))]);
      },
    );

    it("requires '.' or ',' as decimal mark", () => {
      expect(unreadable("UNA:+/? 'UNB").findings).toEqual([
        una20("UNA decimal mark is '/'; it must be '.' or ','.", ":+/? '"),
      ]);
    });

    it('reports a truncated UNA and leaves nothing after it to read', () => {
      expect(unreadable('UNA:+.')).toEqual({
        characters: DEFAULT_SERVICE_CHARACTERS,
        next: 6,
        readable: false,
        findings: [una20('UNA is truncated: 3 of its 6 service characters are there.', ':+.')],
      });
      expect(unreadable('UNA').findings[0].message).toBe(
        'UNA is truncated: 0 of its 6 service characters are there.',
      );
    });

    it('reports one fault per UNA, the first found', () => {
      expect(unreadable("UNAAA/? 'UNB").findings).toHaveLength(1);
    });
  });
});

describe(guessServiceCharacters.name, () => {
  const guess = (text: string) => {
    const input = bytes(text);
    return guessServiceCharacters(input, input.indexOf('UNB'), 0);
  };

  it("takes the terminator from a five-character UNA's last position", () => {
    expect(guess("UNA:+\\*'\nUNB+IATA:1+1A+KRC+130527:0754+0003'\nUNH+1")).toEqual(
      chars(":+.\\ '"),
    );
  });

  it('falls back to the default terminator when the UNA holds a multi-byte one', () => {
    const input = Buffer.concat([
      bytes('UNA:+.\\*'),
      Buffer.from('\u2019 ', 'utf8'),
      bytes("UNB+IATA:1+1A+KRC+130527:0649+0003'\nUNH+1"),
    ]);
    expect(guessServiceCharacters(input, input.indexOf('UNB'), 0)).toEqual(chars(":+.\\ '"));
  });

  it('reads element and component separators from the UNB itself', () => {
    expect(guess('UNA:(.)(-UNB(UNOA:4(SENDER(RECIP(260101:1200(REF1-UNH(1')).toEqual(
      chars(':(.) -'),
    );
  });

  it('never guesses a letter, a digit or a role twice', () => {
    expect(guess("UNAAAAAAAUNBAUNOAA4'UNH")).toEqual(DEFAULT_SERVICE_CHARACTERS);
  });
});
