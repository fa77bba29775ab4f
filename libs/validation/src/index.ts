export { MessageReport, ValidationReport } from './validation-report';
export { InterchangeInspection, validateInterchange } from './interchange.inspector';
export { formatReport } from './report.formatter';
export { toReportJson } from './report-json.mapper';
export { headerOnlyReading } from './inspection.reading';
export { InspectionOutcome } from './inspection.outcome';
export { InspectionPool } from './inspection.pool';
export { InlineInspector } from './inline.inspector';
export { isInspectionThread, runInspectionThread } from './inspection-thread.entry';
