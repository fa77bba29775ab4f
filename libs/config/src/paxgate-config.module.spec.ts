import { Inject, Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GatewayConfig } from './groups/gateway.config';
import { RoutingConfig } from './groups/routing.config';
import { loadConfig } from './loading/load-config';
import { PaxgateConfigModule } from './paxgate-config.module';
import {
  GATEWAY_CONFIG,
  GROUP_TOKENS,
  PAXGATE_CONFIG,
  ROUTING_CONFIG,
} from './paxgate-config.tokens';
import { PaxgateConfig } from './paxgate.config';

@Injectable()
class Listener {
  constructor(
    @Inject(GATEWAY_CONFIG) readonly gateway: GatewayConfig,
    @Inject(ROUTING_CONFIG) readonly routing: RoutingConfig,
  ) {}
}

describe(PaxgateConfigModule.name, () => {
  let cwd: string;
  beforeEach(() => (cwd = mkdtempSync(join(tmpdir(), 'paxgate-module-'))));
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  it('provides the whole configuration and each group by its token', async () => {
    const config = loadConfig({ env: { PAXGATE_GATEWAY_PORT: '9443' }, cwd });

    const app = await Test.createTestingModule({
      imports: [PaxgateConfigModule.forRoot(config)],
      providers: [Listener],
    }).compile();

    expect(app.get(Listener).gateway.port).toBe(9443);
    expect(app.get(Listener).routing).toBe(config.routing);
    expect(app.get<PaxgateConfig>(PAXGATE_CONFIG)).toBe(config);
    for (const [group, token] of Object.entries(GROUP_TOKENS)) {
      expect(app.get(token)).toBe(config[group as keyof PaxgateConfig]);
    }
  });

  it('loads the configuration itself when given none, and fails the start on a bad value', async () => {
    const saved = process.env.PAXGATE_GATEWAY_PORT;
    process.env.PAXGATE_GATEWAY_PORT = 'abc';
    try {
      await expect(
        Test.createTestingModule({ imports: [PaxgateConfigModule.forRoot()] }).compile(),
      ).rejects.toThrow('gateway.port (PAXGATE_GATEWAY_PORT) must be an integer from 0 to 65535');
    } finally {
      if (saved === undefined) {
        delete process.env.PAXGATE_GATEWAY_PORT;
      } else {
        process.env.PAXGATE_GATEWAY_PORT = saved;
      }
    }
  });
});
