export { OperationsModule } from './operations.module';
export {
  OPERATIONS_OPTIONS,
  type DeliveryRetryOptions,
  type OperationsOptions,
} from './operations.options';
export { AdminTokenGuard } from './auth/admin-token.guard';
export { JournalMetricsCollector } from './metrics/journal-metrics.collector';
export { buildOpenApiDocument, mountOpenApi } from './openapi/openapi-document';
