import { Logger } from '@nestjs/common';
import { MessageDocumentStore } from '@app/assembly';
import { DeliveryConfig } from '@app/config';
import { AssemblyRepository } from '@app/journal';
import {
  DeliveryError,
  DeliveryFormat,
  DeliveryReceipt,
  DeliveryRequest,
  Destination,
  DestinationRegistry,
} from '@app/routing';
import { aMessage, PipelineJournal } from '../testing/pipeline.journal';
import { DeliverMessageUseCase } from './deliver-message.usecase';
import { DeliveryRequestFactory } from './delivery-request.factory';

/** A destination that takes what it is given, or fails as it is told to. */
class FakeDestination implements Destination {
  readonly kind = 'directory';
  readonly multipart = 'interchange';
  readonly requests: DeliveryRequest[] = [];
  failure: Error | undefined;

  constructor(
    readonly name: string,
    readonly format: DeliveryFormat,
  ) {}

  deliver(request: DeliveryRequest): Promise<DeliveryReceipt> {
    this.requests.push(request);
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return Promise.resolve({ detail: `took ${request.deliveryId}` });
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

const RAW = Buffer.from("UNB+UNOA:4+DEMO:ZZ+PIU:ZZ+261207:1100+REF1'", 'latin1');
const config = { attempts: 3, backoffMs: 10, maxBackoffMs: 100 } as DeliveryConfig;

describe(DeliverMessageUseCase.name, () => {
  let journal: PipelineJournal;
  let risk: FakeDestination;
  let lake: FakeDestination;
  let sut: DeliverMessageUseCase;

  beforeAll(async () => {
    journal = await PipelineJournal.open();
  });
  afterAll(() => journal.close());

  beforeEach(() => {
    jest.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined);
    risk = new FakeDestination('risk', 'raw');
    lake = new FakeDestination('lake', 'json');
    const { db, messages, interchanges, deliveries } = journal;
    const registry = new DestinationRegistry([risk, lake]);
    const requests = new DeliveryRequestFactory(
      messages,
      interchanges,
      new AssemblyRepository(db),
      registry,
      new MessageDocumentStore(messages, interchanges),
    );
    sut = new DeliverMessageUseCase(deliveries, registry, requests, config);
  });
  afterEach(() => jest.restoreAllMocks());

  /** A routed message's pending delivery to `destination`; returns the delivery's id. */
  async function aDelivery(destination = 'risk'): Promise<string> {
    const messageId = await journal.record(aMessage(), { raw: RAW });
    const [delivery] = await journal.writer.recordRouting(messageId, [destination], true);
    return delivery.id;
  }
  const stored = async (deliveryId: string) => journal.deliveries.findById(deliveryId);

  it('delivers the interchange as received and records it delivered', async () => {
    const deliveryId = await aDelivery();

    expect(await sut.execute({ deliveryId, attempt: 1 })).toEqual({ kind: 'delivered' });

    expect(risk.requests).toHaveLength(1);
    expect(risk.requests[0]).toMatchObject({
      deliveryId,
      format: 'raw',
      contentType: 'application/edifact',
      messageType: 'PAXLST',
      carrier: 'DEMO',
      flight: 'LH400/2026-12-07',
    });
    expect(risk.requests[0].body.equals(RAW)).toBe(true);
    expect(await stored(deliveryId)).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it("hands a json destination the message's normalised document", async () => {
    const deliveryId = await aDelivery('lake');

    await sut.execute({ deliveryId, attempt: 1 });

    expect(lake.requests[0]).toMatchObject({ format: 'json', contentType: 'application/json' });
    expect(JSON.parse(lake.requests[0].body.toString('utf8'))).toEqual({
      travellers: [{ role: 'passenger', surname: 'ADAMS' }],
    });
  });

  it('never sends a delivery again once delivered', async () => {
    const deliveryId = await aDelivery();
    await sut.execute({ deliveryId, attempt: 1 });

    expect(await sut.execute({ deliveryId, attempt: 1 })).toEqual({ kind: 'already-delivered' });
    expect(risk.requests).toHaveLength(1);
  });

  it('leaves a dead delivery dead, unsent', async () => {
    const deliveryId = await aDelivery();
    await journal.deliveries.markDead(deliveryId, 'given up');

    expect(await sut.execute({ deliveryId, attempt: 1 })).toEqual({ kind: 'dead' });
    expect(risk.requests).toHaveLength(0);
  });

  it('declares dead a delivery whose destination is no longer configured', async () => {
    const deliveryId = await aDelivery('retired');

    expect(await sut.execute({ deliveryId, attempt: 1 })).toEqual({ kind: 'dead' });
    expect(await stored(deliveryId)).toMatchObject({
      status: 'dead',
      lastError: "destination 'retired' is no longer configured",
    });
  });

  it.each([
    ['a retryable DeliveryError', new DeliveryError('503 from the receiver', true)],
    ['any other error', new Error('socket hang up')],
  ])('asks for a retry after %s, the failure recorded', async (_, failure) => {
    const deliveryId = await aDelivery();
    risk.failure = failure;

    expect(await sut.execute({ deliveryId, attempt: 1, maxAttempts: 3 })).toEqual({
      kind: 'retry',
      error: failure,
    });
    expect(await stored(deliveryId)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: failure.message,
    });
  });

  it('declares dead at once a failure that cannot succeed later', async () => {
    const deliveryId = await aDelivery();
    risk.failure = new DeliveryError('401: the receiver refuses our key', false);

    expect(await sut.execute({ deliveryId, attempt: 1, maxAttempts: 3 })).toEqual({ kind: 'dead' });
    expect(await stored(deliveryId)).toMatchObject({
      status: 'dead',
      lastError: '401: the receiver refuses our key',
    });
  });

  it.each([
    ['as the job counts them', { attempt: 2, maxAttempts: 2 }],
    ['as configuration does, the job silent', { attempt: 3 }],
  ])('declares dead a failure on the last attempt, %s', async (_, attempts) => {
    const deliveryId = await aDelivery();
    risk.failure = new Error('socket hang up');

    expect(await sut.execute({ deliveryId, ...attempts })).toEqual({ kind: 'dead' });
    expect(await stored(deliveryId)).toMatchObject({ status: 'dead', attempts: attempts.attempt });
  });

  it('throws for a delivery not in the journal', async () => {
    await expect(sut.execute({ deliveryId: 'no-such-delivery', attempt: 1 })).rejects.toThrow(
      'delivery no-such-delivery is not in the journal',
    );
  });
});
