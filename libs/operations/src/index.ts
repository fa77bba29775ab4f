export { OperationsModule } from './operations.module';

export { mountOpenApi } from './openapi/openapi-document';
