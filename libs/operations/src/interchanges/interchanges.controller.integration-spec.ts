import { createHash } from 'node:crypto';
import { CarrierDay, seedCarrierDay } from '../testing/carrier-day.scenario';
import { OperationsTestApp, startOperationsApp } from '../testing/operations-test-app';
import { InterchangeListDto } from './dto/interchange-list.dto';
import { InterchangesController } from './interchanges.controller';

describe(`${InterchangesController.name} list`, () => {
  let t: OperationsTestApp;
  let day: CarrierDay;
  beforeAll(async () => {
    t = await startOperationsApp();
    day = await seedCarrierDay(t);
  });
  afterAll(() => t.close());

  async function listed(query: string): Promise<string[]> {
    const res = await t.get(`/v1/interchanges${query}`).expect(200);
    return (res.body as InterchangeListDto).items.map((i) => i.id);
  }

  it('lists interchanges newest first, as summaries without their bytes', async () => {
    const res = await t.get('/v1/interchanges').expect(200);
    const body = res.body as InterchangeListDto;

    expect(body.items.map((i) => i.id)).toEqual([
      day.ids.latam,
      day.ids.duplicate,
      day.ids.rejected,
      day.ids.accepted,
      day.ids.earlier,
    ]);
    expect(body).toEqual(expect.objectContaining({ limit: 100, more: false }));
    expect(body.items[2]).toEqual({
      id: day.ids.rejected,
      carrierId: day.lufthansa,
      channel: 'https',
      senderId: 'LHAPI',
      recipientId: 'USCBP',
      controlReference: '000000102',
      sha256: createHash('sha256').update(day.raws.rejected).digest('hex'),
      size: day.raws.rejected.length,
      test: false,
      outcome: 'rejected',
      receivedAt: '2026-11-28T07:40:00.000Z',
      duplicateOf: null,
    });
    expect(body.items[1].duplicateOf).toBe(day.ids.accepted);
  });

  it('filters by carrier', async () => {
    expect(await listed(`?carrier=${day.latam}`)).toEqual([day.ids.latam]);
    expect(await listed(`?carrier=${day.lufthansa}`)).toHaveLength(4);
    expect(await listed('?carrier=nobody')).toEqual([]);
  });

  it('filters by outcome', async () => {
    expect(await listed('?status=rejected')).toEqual([day.ids.rejected]);
    expect(await listed('?status=duplicate')).toEqual([day.ids.duplicate]);
    expect(await listed(`?status=accepted&carrier=${day.lufthansa}`)).toEqual([
      day.ids.accepted,
      day.ids.earlier,
    ]);
  });

  it('filters by receipt time, from inclusive and to exclusive', async () => {
    const window = '?from=2026-11-28T07:15:00Z&to=2026-11-28T07:45:00.000Z';

    expect(await listed(window)).toEqual([day.ids.rejected, day.ids.accepted]);
    // 09:45 at UTC+2 is the duplicate's 07:45Z, which `from` includes.
    expect(await listed('?from=2026-11-28T09:45:00%2B02:00')).toEqual([
      day.ids.latam,
      day.ids.duplicate,
    ]);
  });

  it('filters by flight, with or without its date', async () => {
    expect(await listed('?flight=LH400')).toEqual([
      day.ids.duplicate,
      day.ids.rejected,
      day.ids.accepted,
      day.ids.earlier,
    ]);
    expect(await listed('?flight=lh400/2026-11-27')).toEqual([day.ids.earlier]);
    expect(await listed('?flight=LA532/2026-11-28&status=accepted')).toEqual([day.ids.latam]);
  });

  it('stops at the limit and says there is more', async () => {
    const res = await t.get('/v1/interchanges?limit=2').expect(200);

    expect((res.body as InterchangeListDto).items.map((i) => i.id)).toEqual([
      day.ids.latam,
      day.ids.duplicate,
    ]);
    expect(res.body).toEqual(expect.objectContaining({ limit: 2, more: true }));
  });

  it.each([
    ['status=lost', 'status'],
    ['limit=501', 'limit'],
    ['limit=0', 'limit'],
    ['limit=ten', 'limit'],
    ['from=yesterday', 'from'],
    ['to=2026-11-31T00:00:00Z', 'to'],
    ['flight=400LH', 'flight'],
    ['carrier=a%20b', 'carrier'],
    ['stauts=rejected', 'stauts'],
    ['from=2026-11-28T10:00:00Z&to=2026-11-28T09:00:00Z', 'from must be before to'],
  ])('refuses %s with a 400 naming %s', async (query, field) => {
    const res = await t.get(`/v1/interchanges?${query}`).expect(400);

    expect(JSON.stringify(res.body)).toContain(field);
  });
});
