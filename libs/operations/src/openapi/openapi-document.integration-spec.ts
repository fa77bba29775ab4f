import { OperationsTestApp, startOperationsApp } from '../testing/operations-test-app';
import { buildOpenApiDocument, mountOpenApi } from './openapi-document';

describe('OpenAPI document', () => {
  let t: OperationsTestApp;
  beforeAll(async () => {
    t = await startOperationsApp({ beforeInit: (app) => mountOpenApi(app) });
  });
  afterAll(() => t.close());

  it('lists every operations route, the /v1 ones behind the bearer token', () => {
    const document = buildOpenApiDocument(t.app);

    expect(Object.keys(document.paths).sort()).toEqual([
      '/health',
      '/metrics',
      '/v1/assemblies',
      '/v1/assemblies/{id}',
      '/v1/assemblies/{id}/route',
      '/v1/deliveries/{id}/replay',
      '/v1/flights/{carrier}/{number}/{date}',
      '/v1/interchanges',
      '/v1/interchanges/{id}',
    ]);
    expect(document.components?.securitySchemes?.bearer).toEqual(
      expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    );
    const list = document.paths['/v1/interchanges'].get;
    expect(list?.security).toEqual([{ bearer: [] }]);
    expect(list?.tags).toEqual(['operations']);
    expect(list?.summary).toMatch(/newest first/);
    expect((list?.parameters ?? []).map((p) => ('name' in p ? p.name : '')).sort()).toEqual([
      'carrier',
      'flight',
      'from',
      'limit',
      'status',
      'to',
    ]);
    expect(document.paths['/v1/deliveries/{id}/replay'].post?.responses).toHaveProperty('202');
    expect(document.paths['/health'].get?.security).toBeUndefined();
    expect(document.paths['/metrics'].get?.security).toBeUndefined();
  });

  it('describes the response shapes', () => {
    const schemas = buildOpenApiDocument(t.app).components?.schemas ?? {};

    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining([
        'InterchangeListDto',
        'InterchangeStoryDto',
        'FlightViewDto',
        'ReplayDeliveryResultDto',
        'HealthReportDto',
      ]),
    );
  });

  it('serves the document and its UI under /docs', async () => {
    const json = await t.anonymous().get('/docs-json').expect(200);

    expect(Object.keys((json.body as { paths: object }).paths)).toContain('/v1/interchanges');
    await t.anonymous().get('/docs').expect(200).expect('Content-Type', /html/);
  });
});
