import { ValidationReport } from './validation-report';

/** The `--json` form of a report (DESIGN.md contract); message models stay out unless asked. */
export function toReportJson(report: ValidationReport, file: string): Record<string, unknown> {
  return {
    file,
    outcome: report.outcome,
    interchange: report.interchange,
    messages: report.messages.map((m) => ({
      type: m.type,
      reference: m.reference,
      version: m.version,
      accessReference: m.accessReference,
      ...(m.part ? { part: m.part } : {}),
      outcome: m.outcome,
      travellers: m.travellers,
      pnrs: m.pnrs,
      findings: m.findings,
    })),
    findings: report.findings,
    contrl: report.contrl,
  };
}
