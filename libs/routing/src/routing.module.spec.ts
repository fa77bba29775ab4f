import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { DestinationRegistry } from './destination.registry';
import { RoutingRuleMatcher } from './rules/routing-rule.matcher';
import { RoutingModule } from './routing.module';
import { DESTINATIONS } from './routing.tokens';
import { deliveryRequest } from './testing/delivery-request.fixture';

describe(RoutingModule.name, () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'paxgate-routing-module-'));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('provides the registry (by token and by class) and the matcher from configuration', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        RoutingModule.forRoot({
          destinations: [{ kind: 'directory', name: 'archive', path: root, format: 'raw' }],
          rules: [{ name: 'everything', match: {}, destinations: ['archive'] }],
        }),
      ],
    }).compile();
    await moduleRef.init();

    const registry = moduleRef.get<DestinationRegistry>(DESTINATIONS);
    expect(moduleRef.get(DestinationRegistry)).toBe(registry);
    const [name] = moduleRef
      .get(RoutingRuleMatcher)
      .destinationsFor({ messageType: 'PAXLST', carrier: 'LH', airports: [], test: false });
    await registry.byName(name)?.deliver(deliveryRequest());
    expect(await readdir(root)).toHaveLength(1);

    await moduleRef.close();
  });
});
