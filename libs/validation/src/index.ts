export * from './validation-report';
export {
  InterchangeInspection,
  ValidateOptions,
  validateInterchange,
} from './interchange.inspector';
export { formatReport } from './report.formatter';
export { toReportJson } from './report-json.mapper';
export { InspectionReading, headerOnlyReading, readForInspection } from './inspection.reading';
export { InspectionBudget, InspectionOutcome } from './inspection.outcome';
export { InspectionPool, InspectionPoolOptions } from './inspection.pool';
export { InlineInspector } from './inline.inspector';
export { isInspectionThread, runInspectionThread } from './inspection-thread.entry';
