import { message } from 'rhea';
import { amqp10BodyBytes, amqp10IdText } from './amqp10-body.reader';

describe(amqp10BodyBytes.name, () => {
  const edifact = Buffer.from("UNA:+.? 'UNB+UNOC:4+DEMO:ZZ+PAXGATE:ZZ+Ü'", 'latin1');

  it('takes a data section as it is, byte for byte', () => {
    expect(amqp10BodyBytes(message.data_section(edifact))).toEqual(edifact);
  });

  it('takes a body decoded by rhea from the wire', () => {
    const section: unknown = message.data_section(edifact);
    const encoded = message.encode({ body: section });
    const decoded: unknown = message.decode(encoded).body;
    expect(amqp10BodyBytes(decoded)).toEqual(edifact);
  });

  it('joins several data sections', () => {
    const parts = [Buffer.from('UNA'), Buffer.from(":+.? '")];
    expect(amqp10BodyBytes(message.data_sections(parts)).toString()).toBe("UNA:+.? '");
  });

  it('encodes an amqp-value string as UTF-8', () => {
    expect(amqp10BodyBytes('UNB+ü')).toEqual(Buffer.from('UNB+ü', 'utf8'));
  });

  it('keeps something of any other body, so ingest can journal and reject it', () => {
    expect(amqp10BodyBytes({ a: 1 }).toString()).toBe('{"a":1}');
    expect(amqp10BodyBytes(42).toString()).toBe('42');
    expect(amqp10BodyBytes(undefined)).toHaveLength(0);
  });
});

describe(amqp10IdText.name, () => {
  it('passes strings and numbers through as text and treats empty as absent', () => {
    expect(amqp10IdText('msg-1')).toBe('msg-1');
    expect(amqp10IdText(7)).toBe('7');
    expect(amqp10IdText('')).toBeUndefined();
    expect(amqp10IdText(undefined)).toBeUndefined();
  });

  it('writes a 16-byte UUID in its usual form and other binary ids as hex', () => {
    const uuid = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
    expect(amqp10IdText(uuid)).toBe('01234567-89ab-cdef-0123-456789abcdef');
    expect(amqp10IdText(Buffer.from([1, 2]))).toBe('0102');
  });
});
