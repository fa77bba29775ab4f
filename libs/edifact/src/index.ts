// Values are re-exported by name. Compiled to CommonJS, `export *` reads each value through one
// getter shared by every binding, whose keyed lookup is megamorphic: valueAt runs thousands of
// times an interchange.
export {
  FindingLocation,
  SyntaxLevel,
  SyntaxFinding,
  QualityFinding,
  Finding,
  DroppedFindings,
} from './findings/finding';
export { SYNTAX_ERROR_CODES, SyntaxErrorCode } from './findings/syntax-error-code';
export { Segment } from './model/segment';
export { valueAt, hasElement } from './model/segment-value';
export {
  Party,
  InterchangeHeader,
  GroupHeader,
  MessagePart,
  EdifactMessage,
  Interchange,
} from './model/interchange';
export { ServiceCharacters } from './syntax/service-characters';
export { characterRepertoire } from './syntax/character-repertoire';
export { readInterchange, ReadOptions } from './envelope/interchange.reader';
export { BoundedFindings, MAX_FINDINGS } from './findings/bounded-findings.collector';
export { syntaxFinding } from './envelope/finding.factory';
export { isValidDate } from './envelope/date-time.check';
export { EdifactWriter, ElementValue } from './serializer/edifact.writer';
export { codeListEntry } from './model/code-list.lookup';
