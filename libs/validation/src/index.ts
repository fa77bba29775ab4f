export * from './validation-report';
export {
  InterchangeInspection,
  ValidateOptions,
  validateInterchange,
} from './interchange.inspector';
export { formatReport } from './report.formatter';
export { toReportJson } from './report-json.mapper';
export { InspectionReading, headerOnlyReading, readForInspection } from './inspection.reading';
