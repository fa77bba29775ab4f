/** An AMQP 1.0 body section as rhea decodes it: a type code and its content. */
interface Section {
  typecode: number;
  content: unknown;
}

const DATA = 0x75;

/**
 * The bytes of an AMQP 1.0 message body. Carriers (and brokers translating from AMQP 0-9-1)
 * send data sections, taken as they are; an amqp-value string is taken as UTF-8 text; anything
 * else becomes text too, so ingest journals it and rejects it rather than the channel dropping it.
 */
export function amqp10BodyBytes(body: unknown): Buffer {
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (isSection(body)) {
    // Several data sections decode as one section holding a list of buffers.
    const { typecode, content } = body;
    if (typecode === DATA && Array.isArray(content)) {
      return Buffer.concat(content.map((part) => amqp10BodyBytes(part)));
    }
    return amqp10BodyBytes(content);
  }
  if (body === undefined || body === null) return Buffer.alloc(0);
  return Buffer.from(textOf(body), 'utf8');
}

/** A message or correlation id as text: AMQP 1.0 allows strings, numbers, UUIDs and binary. */
export function amqp10IdText(id: unknown): string | undefined {
  if (id === undefined || id === null || id === '') return undefined;
  if (Buffer.isBuffer(id)) {
    const hex = id.toString('hex');
    return id.length === 16
      ? `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
      : hex;
  }
  return textOf(id);
}

function isSection(value: unknown): value is Section {
  return typeof value === 'object' && value !== null && 'typecode' in value && 'content' in value;
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    return String(value);
  }
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}
