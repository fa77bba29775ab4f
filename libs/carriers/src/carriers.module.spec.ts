import { PaxgateConfig, PaxgateConfigModule, configDefaults } from '@app/config';
import { Test } from '@nestjs/testing';
import { CarriersModule } from './carriers.module';
import { CarrierRegistry } from './registry/carrier.registry';

describe(CarriersModule.name, () => {
  it('builds the registry from the carriers configuration', async () => {
    const defaults = configDefaults();
    const config: PaxgateConfig = {
      ...defaults,
      console: { ...defaults.console, adminToken: 'x'.repeat(16) },
    };

    const app = await Test.createTestingModule({
      imports: [PaxgateConfigModule.forRoot(config), CarriersModule],
    }).compile();

    expect(app.get(CarrierRegistry).mayUseSender('DEMO', 'LUFTHANSA')).toBe(true);
  });
});
