import { readFileSync, readdirSync } from 'fs';
import { readInterchange } from '@app/edifact';
const dir = '/work/shared/corpus/';
for (const d of ['US-CBP__GTAS', 'seamustuohy__GTAS']) for (const f of readdirSync(dir + d)) {
  if (f.startsWith('LICENSE')) continue;
  const i = readInterchange(readFileSync(dir + d + '/' + f));
  const errs = i.findings.filter((x) => x.kind === 'syntax');
  const nad = i.messages.flatMap((m) => m.segments).filter((s) => s.tag === 'NAD' && ['FL','FM','DDT','DDU'].includes(s.elements[0]?.[0])).length;
  const src = i.messages.flatMap((m) => m.segments).filter((s) => s.tag === 'SRC').length;
  console.log(f, i.header.syntaxId, i.messages.length, 'nad', nad, 'src', src, errs.map((e) => `${e.code}:${e.message}`).join(' | ').slice(0, 300));
}
