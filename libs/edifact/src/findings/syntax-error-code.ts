/**
 * ISO 9735 syntax error codes (data element 0085) that paxgate reports, with the CONTRL levels
 * at which each may stand (EDIFACT-NOTES §4).
 */
export const SYNTAX_ERROR_CODES = {
  '2': { meaning: 'syntax version or level not supported', levels: ['interchange'] },
  '7': { meaning: 'interchange recipient not the actual recipient', levels: ['interchange'] },
  '12': {
    meaning: 'invalid value',
    levels: ['interchange', 'group', 'message', 'segment', 'element'],
  },
  '13': { meaning: 'missing', levels: ['interchange', 'group', 'message', 'segment', 'element'] },
  '14': {
    meaning: 'value not supported in this position',
    levels: ['interchange', 'group', 'message', 'segment', 'element'],
  },
  '15': {
    meaning: 'not supported in this position',
    levels: ['interchange', 'group', 'message', 'segment', 'element'],
  },
  '16': {
    meaning: 'too many constituents',
    levels: ['interchange', 'group', 'message', 'segment', 'element'],
  },
  '17': { meaning: 'no agreement', levels: ['interchange', 'group', 'message', 'segment'] },
  '18': {
    meaning: 'unspecified error',
    levels: ['interchange', 'group', 'message', 'segment', 'element'],
  },
  '20': { meaning: 'character invalid as service character', levels: ['interchange'] },
  '21': {
    meaning: 'invalid character(s)',
    levels: ['interchange', 'group', 'message', 'segment', 'element'],
  },
  '22': {
    meaning: 'invalid service character(s)',
    levels: ['interchange', 'group', 'message', 'segment', 'element'],
  },
  '23': { meaning: 'unknown interchange sender', levels: ['interchange'] },
  '24': { meaning: 'too old', levels: ['interchange', 'group'] },
  '25': {
    meaning: 'test indicator not supported',
    levels: ['interchange', 'group', 'message', 'segment'],
  },
  '26': { meaning: 'duplicate detected', levels: ['interchange', 'group', 'message'] },
  '28': { meaning: 'references do not match', levels: ['interchange', 'group', 'message'] },
  '29': {
    meaning: 'control count does not match number of instances received',
    levels: ['interchange', 'group', 'message'],
  },
  '30': { meaning: 'groups and messages mixed', levels: ['interchange', 'group', 'message'] },
  '32': { meaning: 'lower level empty', levels: ['interchange', 'group'] },
  '33': {
    meaning: 'invalid occurrence outside message or group',
    levels: ['interchange', 'group'],
  },
  '35': { meaning: 'too many repetitions', levels: ['message', 'segment', 'element'] },
  '36': { meaning: 'too many segment group repetitions', levels: ['segment'] },
  '37': {
    meaning: 'invalid type of character(s)',
    levels: ['interchange', 'group', 'message', 'element'],
  },
  '39': {
    meaning: 'data element too long',
    levels: ['interchange', 'group', 'message', 'element'],
  },
  '40': {
    meaning: 'data element too short',
    levels: ['interchange', 'group', 'message', 'element'],
  },
  '45': { meaning: 'trailing separator', levels: ['interchange', 'group', 'message', 'segment'] },
  '46': { meaning: 'character set not supported', levels: ['interchange'] },
} as const;

export type SyntaxErrorCode = keyof typeof SYNTAX_ERROR_CODES;
