import { buildOpenApiDocument } from '../openapi/openapi-document';
import {
  HEALTHY,
  OperationsTestApp,
  startOperationsApp,
  TEST_ADMIN_TOKEN,
  TEST_DELIVERY,
} from '../testing/operations-test-app';
import { AdminTokenGuard } from './admin-token.guard';

describe(AdminTokenGuard.name, () => {
  let t: OperationsTestApp;
  beforeAll(async () => {
    t = await startOperationsApp();
  });
  afterAll(() => t.close());

  it('lets the admin token in, whatever the case of the scheme', async () => {
    await t.get('/v1/interchanges').expect(200);
    await t
      .anonymous()
      .get('/v1/interchanges')
      .set('Authorization', `bearer ${TEST_ADMIN_TOKEN}`)
      .expect(200);
  });

  it('answers 401 with a reason when there is no token', async () => {
    const res = await t.anonymous().get('/v1/interchanges').expect(401);

    expect(res.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'An Authorization: Bearer <admin token> header is required',
    });
    expect(res.headers['www-authenticate']).toBe('Bearer realm="paxgate-operations"');
  });

  it.each([
    ['a wrong token', 'Bearer not-the-admin-token'],
    ['the token with a byte more', `Bearer ${TEST_ADMIN_TOKEN}x`],
    ['the token cut short', `Bearer ${TEST_ADMIN_TOKEN.slice(0, -1)}`],
    ["a carrier's id as token", 'Bearer lufthansa'],
  ])('answers 401 to %s', async (_, header) => {
    const res = await t
      .anonymous()
      .get('/v1/interchanges')
      .set('Authorization', header)
      .expect(401);

    expect((res.body as { message: string }).message).toBe('The admin token is not valid');
  });

  it.each([
    ['basic credentials', `Basic ${Buffer.from(`admin:${TEST_ADMIN_TOKEN}`).toString('base64')}`],
    ['a bare token', TEST_ADMIN_TOKEN],
    ['an empty bearer', 'Bearer '],
  ])('answers 401 to %s, asking for a bearer token', async (_, header) => {
    const res = await t
      .anonymous()
      .get('/v1/interchanges')
      .set('Authorization', header)
      .expect(401);

    expect((res.body as { message: string }).message).toBe(
      'The Authorization header must be Bearer <admin token>',
    );
  });

  it('guards every route but /health and /metrics, which monitoring reads without one', async () => {
    const paths = buildOpenApiDocument(t.app).paths;
    const routes = Object.entries(paths).flatMap(([path, item]) =>
      (['get', 'post', 'put', 'patch', 'delete'] as const)
        .filter((method) => item[method] !== undefined)
        .map((method) => ({ method, path: path.replace(/\{[^}]+\}/g, 'x') })),
    );

    for (const { method, path } of routes) {
      const res = await t.anonymous()[method](path);
      const open = path === '/health' || path === '/metrics';
      expect([path, res.status === 401]).toEqual([path, !open]);
    }
    expect(routes.length).toBeGreaterThanOrEqual(6);
  });

  it('refuses to start with an empty admin token', () => {
    const options = { adminToken: ' ', delivery: TEST_DELIVERY, health: HEALTHY };

    expect(() => new AdminTokenGuard(options)).toThrow('The operations admin token is empty');
  });
});
