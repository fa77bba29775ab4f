import { Finding } from '@app/edifact';
import { ValidationReport } from './validation-report';

function where(f: Finding): string {
  const l = f.location;
  const parts: string[] = [];
  if (l.segmentIndex !== undefined && l.segmentIndex >= 0) {
    parts.push(`segment ${l.segmentIndex + 1}`);
  }
  if (l.tag) parts.push(l.tag);
  if (l.element !== undefined) {
    parts.push(`element ${l.element}${l.component !== undefined ? `.${l.component}` : ''}`);
  }
  if (l.messageReference !== undefined) {
    parts.push(`message ${l.messageReference}${l.position !== undefined ? ` #${l.position}` : ''}`);
  }
  return parts.join(' ');
}

function line(f: Finding): string {
  const label =
    f.kind === 'syntax'
      ? `ERROR ${f.code.padStart(2)}`
      : f.severity === 'warning'
        ? 'WARN    '
        : 'INFO    ';
  const value =
    f.location.value !== undefined && f.location.value !== ''
      ? ` [value '${f.location.value}']`
      : '';
  return `  ${label}  ${where(f)}: ${f.message}${value}  (${f.rule})`;
}

/** The readable report `paxgate validate` prints: verdict, messages, findings, CONTRL. */
export function formatReport(report: ValidationReport, name: string): string {
  const i = report.interchange;
  const out = [
    `${name}: ${report.outcome.toUpperCase()}`,
    `  interchange ${i.controlReference || '(no reference)'} from ${i.sender || '?'} to ${i.recipient || '?'}, ${i.syntax || 'unknown syntax'}${i.test ? ', test' : ''}${i.typeB ? ', unwrapped from Type B' : ''}`,
  ];
  for (const m of report.messages) {
    const count = m.type === 'PNRGOV' ? `${m.pnrs} PNRs` : `${m.travellers} travellers`;
    const part = m.part
      ? `, part ${m.part.number}${m.part.last ? ' (final)' : ''} of ${m.accessReference || 'an unnamed set'}`
      : '';
    out.push(`  message ${m.reference} ${m.type} ${m.version}: ${m.outcome}, ${count}${part}`);
  }
  const errors = report.findings.filter((f) => f.kind === 'syntax').length;
  out.push(`  findings: ${errors} errors, ${report.findings.length - errors} warnings and notes`);
  out.push(...report.findings.map(line));
  out.push(
    '  CONTRL:',
    ...report.contrl
      .split(/(?<=[^?]')/)
      .filter((s) => s.trim() !== '')
      .map((s) => `    ${s.trim()}`),
  );
  return out.join('\n');
}
