import { CarrierRegistry } from './carrier.registry';

describe(CarrierRegistry.name, () => {
  const demo = { id: 'DEMO', name: 'Demo Airline', senders: ['DEMO', 'LUFTHANSA'] };
  const af = { id: 'AF', name: 'Air France', senders: ['AIRFRANCE'] };
  const sut = new CarrierRegistry([demo, af]);

  it('finds a carrier by id', () => {
    expect(sut.byId('AF')).toEqual(af);
    expect(sut.byId('af')).toBeUndefined();
    expect(sut.byId('XX')).toBeUndefined();
  });

  it('lets a carrier use only its own sender ids', () => {
    expect(sut.mayUseSender('DEMO', 'LUFTHANSA')).toBe(true);
    expect(sut.mayUseSender('DEMO', 'AIRFRANCE')).toBe(false);
    expect(sut.mayUseSender('DEMO', 'lufthansa')).toBe(false);
    expect(sut.mayUseSender('XX', 'DEMO')).toBe(false);
  });

  it('lists every carrier in configuration order', () => {
    expect(sut.all()).toEqual([demo, af]);
  });
});
