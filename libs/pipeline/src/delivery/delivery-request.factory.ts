import { Injectable } from '@nestjs/common';
import { assembledInterchange, assembledJson, MessageDocumentStore } from '@app/assembly';
import {
  Assembly,
  AssemblyRepository,
  Delivery,
  InterchangeRepository,
  MessageRepository,
  MessageSummary,
} from '@app/journal';
import { DeliveryRequest, DestinationRegistry, MultipartDelivery } from '@app/routing';

/**
 * Each form is read or rendered only when asked for: a destination wants one of them, a
 * message's document is tens of KB, and a set's raw form means reading every part.
 */
interface Body {
  json(): Promise<string | null>;
  raw(): Promise<Buffer>;
}

/**
 * Renders what a destination receives: the interchange as received (raw) or the normalised JSON.
 * The lead of a whole (or forced) multi-part set stands for the set: raw is its parts in order as
 * one interchange (or, as the destination chooses, their interchanges one after another), json
 * one document with every traveller.
 */
@Injectable()
export class DeliveryRequestFactory {
  constructor(
    private readonly messages: MessageRepository,
    private readonly interchanges: InterchangeRepository,
    private readonly assemblies: AssemblyRepository,
    private readonly destinations: DestinationRegistry,
    private readonly documents: MessageDocumentStore,
  ) {}

  async build(delivery: Delivery): Promise<DeliveryRequest> {
    const destination = this.destinations.byName(delivery.destination);
    const format = destination?.format ?? 'raw';
    // A raw delivery of a single message then needs no second read.
    const found = await this.messages.findWithInterchange(delivery.messageId, {
      raw: format === 'raw',
    });
    if (found === undefined) {
      throw new Error(`delivery ${delivery.id}: message or interchange missing from the journal`);
    }
    const { message, interchange, raw } = found;
    const flight =
      message.flight.carrierCode && message.flight.flightNumber
        ? `${message.flight.carrierCode}${message.flight.flightNumber}${message.flight.departureDate ? `/${message.flight.departureDate}` : ''}`
        : undefined;
    const body = await this.bodyOf(message, raw, destination?.multipart ?? 'interchange');
    const jsonText = format === 'json' ? await body.json() : null;
    const json = jsonText !== null;
    return {
      deliveryId: delivery.id,
      idempotencyKey: delivery.idempotencyKey,
      messageId: message.id,
      interchangeId: interchange.id,
      messageType: message.type,
      carrier: interchange.carrierId ?? interchange.senderId,
      ...(flight ? { flight } : {}),
      format: json ? 'json' : 'raw',
      contentType: json ? 'application/json' : 'application/edifact',
      body: jsonText !== null ? Buffer.from(jsonText, 'utf8') : await body.raw(),
      ...(json ? { schemaVersion: `paxgate.${message.type.toLowerCase()}/1` } : {}),
    };
  }

  private async bodyOf(
    message: MessageSummary,
    raw: Buffer | undefined,
    multipart: MultipartDelivery,
  ): Promise<Body> {
    const single: Body = {
      json: () => this.documents.documentOf(message),
      raw: async () => raw ?? this.rawOf(message.interchangeId),
    };
    if (message.partNumber === null) return single;
    const assembly = await this.assemblies.findByMessage(message.id);
    if (assembly === undefined || !['complete', 'forced'].includes(assembly.status)) return single;
    const parts = await this.assemblies.parts(assembly.id);
    if (parts[0]?.messageId !== message.id) return single;
    return this.assembledBody(
      assembly,
      parts.map((p) => p.messageId),
      multipart,
    );
  }

  private async assembledBody(
    assembly: Assembly,
    messageIds: readonly string[],
    multipart: MultipartDelivery,
  ): Promise<Body> {
    const members: MessageSummary[] = [];
    for (const id of messageIds) {
      const message = await this.messages.findSummaryById(id);
      if (message === undefined) {
        throw new Error(`assembly ${assembly.id}: part ${id} missing from the journal`);
      }
      members.push(message);
    }
    const setJson = async (): Promise<string | null> => {
      const parts = [];
      for (const message of members) {
        const json = await this.documents.documentOf(message);
        if (json === null) return null;
        parts.push({ partNumber: message.partNumber ?? 0, reference: message.reference, json });
      }
      return assembledJson(assembly, parts);
    };
    const setRaw = async (): Promise<Buffer> => {
      const raws: Buffer[] = [];
      for (const message of members) raws.push(await this.rawOf(message.interchangeId));
      return multipart === 'list'
        ? Buffer.concat(raws)
        : assembledInterchange(
            members.map((message, i) => ({ interchangeRaw: raws[i], position: message.position })),
          );
    };
    return { json: setJson, raw: setRaw };
  }

  /** An interchange's bytes as received, read only once a raw body is asked for. */
  private async rawOf(interchangeId: string): Promise<Buffer> {
    const raw = await this.interchanges.findRaw(interchangeId);
    if (raw === undefined) throw new Error(`interchange ${interchangeId} has left the journal`);
    return raw;
  }
}
