// Values are re-exported by name. Compiled to CommonJS, `export *` reads each value through one
// getter shared by every binding, whose keyed lookup is megamorphic: valueAt runs thousands of
// times an interchange.
export * from './findings/finding';
export { SYNTAX_ERROR_CODES, SyntaxErrorCode } from './findings/syntax-error-code';
export * from './model/segment';
export { valueAt, hasElement } from './model/segment-value';
export * from './model/interchange';
export { DEFAULT_SERVICE_CHARACTERS, ServiceCharacters } from './syntax/service-characters';
export { characterRepertoire, CharacterRepertoire } from './syntax/character-repertoire';
export { readInterchange, ReadOptions } from './envelope/interchange.reader';
export { BoundedFindings, MAX_FINDINGS } from './findings/bounded-findings.collector';
export { syntaxFinding } from './envelope/finding.factory';
export { isValidDate, isValidTime } from './envelope/date-time.check';
export { EdifactWriter, EdifactWriterOptions, ElementValue } from './serializer/edifact.writer';
export { codeListEntry } from './model/code-list.lookup';
