import { CarrierDay, seedCarrierDay } from '../testing/carrier-day.scenario';
import { OperationsTestApp, startOperationsApp } from '../testing/operations-test-app';
import { InterchangeStoryDto } from './dto/interchange-story.dto';
import { InterchangesController } from './interchanges.controller';

describe(`${InterchangesController.name} story`, () => {
  let t: OperationsTestApp;
  let day: CarrierDay;
  beforeAll(async () => {
    t = await startOperationsApp();
    day = await seedCarrierDay(t);
  });
  afterAll(() => t.close());

  it("tells an interchange's story: findings, CONTRL, messages, deliveries, events in order", async () => {
    const before = (await t.get(`/v1/interchanges/${day.ids.accepted}`).expect(200))
      .body as InterchangeStoryDto;
    const messageId = before.messages[0].id;
    const { delivery: delivered } = await t.deliveries.createIfAbsent(messageId, 'risk-engine');
    const { delivery: dead } = await t.deliveries.createIfAbsent(messageId, 'border-control');
    await t.deliveries.markDelivering(delivered.id, 1);
    await t.deliveries.markDelivered(delivered.id);
    await t.deliveries.markDelivering(dead.id, 1);
    await t.deliveries.markFailed(dead.id, 1, 'HTTP 503 from border-control');
    await t.deliveries.markDead(dead.id, 'gave up after 1 attempt');

    const story = (await t.get(`/v1/interchanges/${day.ids.accepted}`).expect(200))
      .body as InterchangeStoryDto;

    expect(story.interchange).toEqual(
      expect.objectContaining({ id: day.ids.accepted, carrierId: day.lufthansa, channel: 'https' }),
    );
    expect(story.interchange.size).toBe(day.raws.accepted.length);
    expect(story).not.toHaveProperty('raw');
    expect(story.ack?.contrl).toContain('UCI+000000101+LHAPI:ZZ+USCBP:ZZ+7');
    expect(story.messages).toEqual([
      expect.objectContaining({
        id: messageId,
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
      expect.objectContaining({ subjectId: day.ids.accepted, at: '2026-11-28T07:15:00.000Z' }),
    );
    const times = story.events.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('shows the findings that rejected an interchange, and the rejecting CONTRL', async () => {
    const story = (await t.get(`/v1/interchanges/${day.ids.rejected}`).expect(200))
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
    const res = await t.get(`/v1/interchanges/${day.ids.rejected}?raw=1`).expect(200);

    expect(Buffer.from((res.body as InterchangeStoryDto).raw ?? '', 'base64')).toEqual(
      day.raws.rejected,
    );
    expect((await t.get(`/v1/interchanges/${day.ids.rejected}?raw=0`)).body).not.toHaveProperty(
      'raw',
    );
  });

  it('answers 404 for an interchange it never saw, 400 for what is no id or flag', async () => {
    const res = await t.get('/v1/interchanges/6f1c2f1e-2b8a-4a8e-9a53-0d2b3c4d5e6f').expect(404);

    expect((res.body as { message: string }).message).toMatch(/No interchange/);
    expect(JSON.stringify((await t.get('/v1/interchanges/42').expect(400)).body)).toContain('id');
    const badFlag = await t.get(`/v1/interchanges/${day.ids.rejected}?raw=yes`).expect(400);
    expect(JSON.stringify(badFlag.body)).toContain('raw');
  });
});
