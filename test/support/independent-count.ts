/**
 * An independent count of what a corpus file holds, written apart from libs/edifact so the two
 * can check each other: a plain string split that knows only UNA, the release character and
 * that CR/LF are line folding.
 */
export interface IndependentCount {
  type: 'PAXLST' | 'PNRGOV' | 'unknown';
  travellers: number;
  pnrs: number;
}

export function countIndependently(raw: Buffer): IndependentCount {
  let text = raw.toString('latin1');
  const starts = [text.indexOf('UNA'), text.indexOf('UNB')].filter((i) => i >= 0);
  text = text
    .slice(starts.length > 0 ? Math.min(...starts) : 0)
    .split('\x03')[0]
    .replace(/[\r\n]/g, '');
  let [comp, elem, rel, term] = [':', '+', '?', "'"];
  if (text.startsWith('UNA')) {
    [comp, elem, rel, term] = [text[3], text[4], text[6], text[8]];
    text = text.slice(9);
  }
  const segments: string[][] = [];
  let fields: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === rel && i + 1 < text.length) cur += text[++i];
    else if (c === elem || c === comp) {
      fields.push(cur);
      cur = '';
    } else if (c === term) {
      fields.push(cur);
      segments.push(fields);
      fields = [];
      cur = '';
    } else cur += c;
  }
  const tag = (s: string[]) => s[0].trim();
  const types = segments.filter((s) => tag(s) === 'UNH').map((s) => s[2]);
  const type = types.includes('PNRGOV')
    ? 'PNRGOV'
    : types.includes('PAXLST')
      ? 'PAXLST'
      : 'unknown';
  return {
    type,
    travellers: segments.filter(
      (s) => tag(s) === 'NAD' && ['FL', 'FM', 'DDT', 'DDU'].includes(s[1]),
    ).length,
    pnrs: segments.filter((s) => tag(s) === 'SRC').length,
  };
}
