import { aPnrInterchange, anApiInterchange, LH400 } from '../testing/operations.fixtures';
import { OperationsTestApp, startOperationsApp } from '../testing/operations-test-app';
import { FlightViewDto } from './dto/flight-view.dto';
import { FlightsController } from './flights.controller';

describe(FlightsController.name, () => {
  let t: OperationsTestApp;
  const ids: Record<string, { interchangeId: string; messageId: string }> = {};
  let deliveryId: string;

  beforeAll(async () => {
    t = await startOperationsApp();
    const carrierId = (await t.carriers.create('Lufthansa')).id;
    const base = { carrierId, senderId: 'LHAPI', flight: LH400 };
    const seed = async (name: string, record: ReturnType<typeof anApiInterchange>) => {
      const { interchangeId, messageIds } = await t.record(record);
      ids[name] = { interchangeId, messageId: messageIds[0] };
    };
    await seed(
      'pnr',
      aPnrInterchange({
        ...base,
        controlReference: 'P00000001',
        receivedAt: new Date('2026-11-27T10:15:00.000Z'),
        passengers: ['DOE:JOHN', 'ROE:JANE', 'POE:EDGAR'],
        pnrs: 2,
      }),
    );
    await seed(
      'api',
      anApiInterchange({
        ...base,
        controlReference: 'A00000001',
        receivedAt: new Date('2026-11-28T09:20:00.000Z'),
      }),
    );
    await seed(
      'rejected',
      anApiInterchange({
        ...base,
        controlReference: 'A00000002',
        receivedAt: new Date('2026-11-28T09:25:00.000Z'),
        outcome: 'rejected',
      }),
    );
    await seed(
      'otherDay',
      anApiInterchange({
        ...base,
        controlReference: 'A00000003',
        flight: { ...LH400, departureDate: '2026-11-29' },
        receivedAt: new Date('2026-11-28T09:30:00.000Z'),
      }),
    );
    const { delivery } = await t.deliveries.createIfAbsent(ids.api.messageId, 'risk-engine');
    await t.deliveries.markDelivering(delivery.id, 1);
    await t.deliveries.markDelivered(delivery.id);
    deliveryId = delivery.id;
  });
  afterAll(() => t.close());

  it('shows every message received for the flight, in the order received, with deliveries', async () => {
    const view = (await t.get('/v1/flights/LH/400/2026-11-28').expect(200)).body as FlightViewDto;

    expect(view.flight).toEqual({
      carrierCode: 'LH',
      flightNumber: '400',
      departureDate: '2026-11-28',
    });
    expect(
      view.messages.map((m) => [
        m.interchangeId,
        m.type,
        m.outcome,
        m.status,
        m.travellers,
        m.pnrs,
      ]),
    ).toEqual([
      [ids.pnr.interchangeId, 'PNRGOV', 'accepted', 'accepted', 3, 2],
      [ids.api.interchangeId, 'PAXLST', 'accepted', 'accepted', 2, 0],
      [ids.rejected.interchangeId, 'PAXLST', 'rejected', 'rejected', 2, 0],
    ]);
    expect(view.messages[1]).toEqual(
      expect.objectContaining({
        id: ids.api.messageId,
        receivedAt: '2026-11-28T09:20:00.000Z',
        senderId: 'LHAPI',
        interchangeOutcome: 'accepted',
        airports: ['FRA', 'JFK'],
      }),
    );
    expect(view.messages[1].deliveries).toEqual([
      expect.objectContaining({ id: deliveryId, destination: 'risk-engine', status: 'delivered' }),
    ]);
    expect(view.messages[0].deliveries).toEqual([]);
  });

  it('takes the designator in any case', async () => {
    const view = (await t.get('/v1/flights/lh/400/2026-11-29').expect(200)).body as FlightViewDto;

    expect(view.messages.map((m) => m.interchangeId)).toEqual([ids.otherDay.interchangeId]);
  });

  it('answers an empty flight when nothing has been received for it', async () => {
    const view = (await t.get('/v1/flights/LH/401/2026-11-28').expect(200)).body as FlightViewDto;

    expect(view.messages).toEqual([]);
  });

  it.each([
    ['/v1/flights/L/400/2026-11-28', 'carrier'],
    ['/v1/flights/123/400/2026-11-28', 'carrier'],
    ['/v1/flights/LH/40000/2026-11-28', 'number'],
    ['/v1/flights/LH/400/28-11-2026', 'date'],
    ['/v1/flights/LH/400/2026-02-30', 'date'],
  ])('refuses %s with a 400 naming the %s', async (path, field) => {
    const res = await t.get(path).expect(400);

    expect(JSON.stringify(res.body)).toContain(`${field} must`);
  });
});
