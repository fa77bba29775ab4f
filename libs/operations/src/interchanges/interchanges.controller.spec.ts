import { createHash } from 'node:crypto';
import {
  aPnrInterchange,
  aSexCodeFinding,
  anApiInterchange,
  ApiInterchangeOptions,
  LH400,
} from '../testing/operations.fixtures';
import { OperationsTestApp, startOperationsApp } from '../testing/operations-test-app';
import { InterchangeListDto } from './dto/interchange-list.dto';
import { InterchangeStoryDto } from './dto/interchange-story.dto';
import { InterchangesController } from './interchanges.controller';

describe(InterchangesController.name, () => {
  let t: OperationsTestApp;
  let lufthansa: string;
  let latam: string;
  const ids: Record<string, string> = {};
  const raws: Record<string, Buffer> = {};

  beforeAll(async () => {
    t = await startOperationsApp();
    lufthansa = (await t.carriers.create('Lufthansa', [{ senderId: 'LHAPI', qualifier: 'ZZ' }])).id;
    latam = (await t.carriers.create('LATAM', [{ senderId: 'LAAPI', qualifier: 'ZZ' }])).id;
    const fromLufthansa = (ref: string, at: string, extra: Partial<ApiInterchangeOptions> = {}) =>
      anApiInterchange({
        carrierId: lufthansa,
        senderId: 'LHAPI',
        controlReference: ref,
        flight: LH400,
        receivedAt: new Date(at),
        ...extra,
      });
    const seed = async (name: string, record: ReturnType<typeof anApiInterchange>) => {
      ids[name] = (await t.record(record)).interchangeId;
      raws[name] = Buffer.from(record.raw);
    };
    await seed(
      'earlier',
      fromLufthansa('000000100', '2026-11-27T07:15:00.000Z', {
        flight: { ...LH400, departureDate: '2026-11-27' },
      }),
    );
    await seed('accepted', fromLufthansa('000000101', '2026-11-28T07:15:00.000Z'));
    await seed(
      'rejected',
      fromLufthansa('000000102', '2026-11-28T07:40:00.000Z', {
        outcome: 'rejected',
        findings: [aSexCodeFinding()],
      }),
    );
    await seed(
      'duplicate',
      fromLufthansa('000000101', '2026-11-28T07:45:00.000Z', {
        outcome: 'duplicate',
        duplicateOf: ids.accepted,
      }),
    );
    await seed(
      'latam',
      aPnrInterchange({
        carrierId: latam,
        senderId: 'LAAPI',
        controlReference: '532000001',
        flight: { ...LH400, carrierCode: 'LA', flightNumber: '532', from: 'GRU', to: 'LIS' },
        receivedAt: new Date('2026-11-28T08:00:00.000Z'),
        pnrs: 3,
      }),
    );
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
      ids.latam,
      ids.duplicate,
      ids.rejected,
      ids.accepted,
      ids.earlier,
    ]);
    expect(body).toEqual(expect.objectContaining({ limit: 100, more: false }));
    expect(body.items[2]).toEqual({
      id: ids.rejected,
      carrierId: lufthansa,
      channel: 'https',
      senderId: 'LHAPI',
      recipientId: 'USCBP',
      controlReference: '000000102',
      sha256: createHash('sha256').update(raws.rejected).digest('hex'),
      size: raws.rejected.length,
      test: false,
      outcome: 'rejected',
      receivedAt: '2026-11-28T07:40:00.000Z',
      duplicateOf: null,
    });
    expect(body.items[1].duplicateOf).toBe(ids.accepted);
  });

  it('filters by carrier', async () => {
    expect(await listed(`?carrier=${latam}`)).toEqual([ids.latam]);
    expect(await listed(`?carrier=${lufthansa}`)).toHaveLength(4);
    expect(await listed('?carrier=nobody')).toEqual([]);
  });

  it('filters by outcome', async () => {
    expect(await listed('?status=rejected')).toEqual([ids.rejected]);
    expect(await listed('?status=duplicate')).toEqual([ids.duplicate]);
    expect(await listed(`?status=accepted&carrier=${lufthansa}`)).toEqual([
      ids.accepted,
      ids.earlier,
    ]);
  });

  it('filters by receipt time, from inclusive and to exclusive', async () => {
    const window = '?from=2026-11-28T07:15:00Z&to=2026-11-28T07:45:00.000Z';

    expect(await listed(window)).toEqual([ids.rejected, ids.accepted]);
    // 09:45 at UTC+2 is the duplicate's 07:45Z, which `from` includes.
    expect(await listed('?from=2026-11-28T09:45:00%2B02:00')).toEqual([ids.latam, ids.duplicate]);
  });

  it('filters by flight, with or without its date', async () => {
    expect(await listed('?flight=LH400')).toEqual([
      ids.duplicate,
      ids.rejected,
      ids.accepted,
      ids.earlier,
    ]);
    expect(await listed('?flight=lh400/2026-11-27')).toEqual([ids.earlier]);
    expect(await listed('?flight=LA532/2026-11-28&status=accepted')).toEqual([ids.latam]);
  });

  it('stops at the limit and says there is more', async () => {
    const res = await t.get('/v1/interchanges?limit=2').expect(200);

    expect((res.body as InterchangeListDto).items.map((i) => i.id)).toEqual([
      ids.latam,
      ids.duplicate,
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

  it("tells an interchange's story: findings, CONTRL, messages, deliveries, events in order", async () => {
    const [messageId] = (await t.get(`/v1/interchanges/${ids.accepted}`).expect(200)).body
      .messages as { id: string }[];
    const { delivery: delivered } = await t.deliveries.createIfAbsent(messageId.id, 'risk-engine');
    const { delivery: dead } = await t.deliveries.createIfAbsent(messageId.id, 'border-control');
    await t.deliveries.markDelivering(delivered.id, 1);
    await t.deliveries.markDelivered(delivered.id);
    await t.deliveries.markDelivering(dead.id, 1);
    await t.deliveries.markFailed(dead.id, 1, 'HTTP 503 from border-control');
    await t.deliveries.markDead(dead.id, 'gave up after 1 attempt');

    const story = (await t.get(`/v1/interchanges/${ids.accepted}`).expect(200))
      .body as InterchangeStoryDto;

    expect(story.interchange).toEqual(
      expect.objectContaining({ id: ids.accepted, carrierId: lufthansa, channel: 'https' }),
    );
    expect(story.interchange.size).toBe(raws.accepted.length);
    expect(story).not.toHaveProperty('raw');
    expect(story.ack?.contrl).toContain('UCI+000000101+LHAPI:ZZ+USCBP:ZZ+7');
    expect(story.messages).toEqual([
      expect.objectContaining({
        id: messageId.id,
        type: 'PAXLST',
        outcome: 'accepted',
        status: 'accepted',
        travellers: 2,
        flight: { carrierCode: 'LH', flightNumber: '400', departureDate: '2026-11-28' },
        airports: ['FRA', 'JFK'],
      }),
    ]);
    expect(story.deliveries.map((d) => [d.destination, d.status, d.lastError])).toEqual([
      ['risk-engine', 'delivered', null],
      ['border-control', 'dead', 'gave up after 1 attempt'],
    ]);
    expect(story.events.map((e) => `${e.subjectType}:${e.state}`)).toEqual([
      'interchange:received',
      'message:received',
      'message:accepted',
      'interchange:accepted',
      'delivery:pending',
      'delivery:pending',
      'delivery:delivering',
      'delivery:delivered',
      'delivery:delivering',
      'delivery:failed',
      'delivery:dead',
    ]);
    expect(story.events[0]).toEqual(
      expect.objectContaining({ subjectId: ids.accepted, at: '2026-11-28T07:15:00.000Z' }),
    );
    const times = story.events.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('shows the findings that rejected an interchange, and the rejecting CONTRL', async () => {
    const story = (await t.get(`/v1/interchanges/${ids.rejected}`).expect(200))
      .body as InterchangeStoryDto;

    expect(story.findings).toEqual([
      expect.objectContaining({
        messageId: story.messages[0].id,
        kind: 'syntax',
        code: '12',
        rule: 'paxlst.att.sex',
        location: { tag: 'ATT', messageReference: '1', position: 10, element: 3, value: 'X' },
      }),
    ]);
    expect(story.ack?.contrl).toContain('+4');
    expect(story.deliveries).toEqual([]);
  });

  it('adds the bytes received, base64, when asked with raw=1', async () => {
    const res = await t.get(`/v1/interchanges/${ids.rejected}?raw=1`).expect(200);

    expect(Buffer.from((res.body as InterchangeStoryDto).raw ?? '', 'base64')).toEqual(
      raws.rejected,
    );
    expect((await t.get(`/v1/interchanges/${ids.rejected}?raw=0`)).body).not.toHaveProperty('raw');
  });

  it('answers 404 for an interchange it never saw, 400 for what is no id or flag', async () => {
    const res = await t.get('/v1/interchanges/6f1c2f1e-2b8a-4a8e-9a53-0d2b3c4d5e6f').expect(404);

    expect((res.body as { message: string }).message).toMatch(/No interchange/);
    expect(JSON.stringify((await t.get('/v1/interchanges/42').expect(400)).body)).toContain('id');
    const badFlag = await t.get(`/v1/interchanges/${ids.rejected}?raw=yes`).expect(400);
    expect(JSON.stringify(badFlag.body)).toContain('raw');
  });
});
