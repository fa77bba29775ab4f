/** The npm `edifact` 1.2.12 Parser as a peer baseline: segments, elements, components collected. */
interface EdifactParser {
  on(event: 'opensegment', fn: (name: string) => void): void;
  on(event: 'element', fn: () => void): void;
  on(event: 'component', fn: (value: string) => void): void;
  encoding(level: string): void;
  write(chunk: string): void;
  end(): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Parser = require('edifact/parser.js') as new () => EdifactParser;

interface Parsed {
  name: string;
  elements: string[][];
}

export function edifactPackageParse(bytes: Buffer): number {
  const parser = new Parser();
  // UNOC accepts every byte the corpus and generated inputs hold; no validator is attached.
  parser.encoding('UNOC');
  const segments: Parsed[] = [];
  let elements: string[][] = [];
  let components: string[] = [];
  parser.on('opensegment', (name) => {
    elements = [];
    segments.push({ name, elements });
  });
  parser.on('element', () => {
    components = [];
    elements.push(components);
  });
  parser.on('component', (value) => {
    components.push(value);
  });
  parser.write(bytes.toString('latin1'));
  parser.end();
  return segments.length;
}
