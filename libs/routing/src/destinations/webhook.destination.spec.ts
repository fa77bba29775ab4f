import { createHmac } from 'node:crypto';
import { expectDeliveryError } from '../testing/delivery-error.expectations';
import { deliveryRequest } from '../testing/delivery-request.fixture';
import { verifyWebhookSignature } from './webhook-signature';
import { WebhookDestination } from './webhook.destination';

// What needs no server; webhook.destination.integration-spec.ts posts to a real one.

const SECRET = 'correct horse battery staple';

describe(WebhookDestination.name, () => {
  let sut: WebhookDestination | undefined;
  const destination = (url: string): WebhookDestination =>
    (sut = new WebhookDestination({
      kind: 'webhook',
      name: 'risk',
      url,
      secret: SECRET,
      format: 'raw',
    }));

  afterEach(async () => {
    await sut?.close();
    sut = undefined;
  });

  it('fails without retry when a header value cannot be sent', async () => {
    const webhook = destination('http://127.0.0.1:1/');
    const request = deliveryRequest({ carrier: 'LH\r\nX-Injected: 1' });
    await expectDeliveryError(webhook.deliver(request), /cannot build the request/, false);
  });

  it('rejects a URL that is not http(s)', () => {
    expect(() => destination('ftp://example.org/in')).toThrow(/not http/);
  });
});

describe(verifyWebhookSignature.name, () => {
  const body = Buffer.from('UNB+UNOA:4');
  const valid = (): string => `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;

  it('accepts the signature of the body with the secret', () => {
    expect(verifyWebhookSignature(SECRET, body, valid())).toBe(true);
    expect(verifyWebhookSignature(SECRET, body.toString(), valid())).toBe(true);
  });

  it.each<[string, string | string[] | undefined]>([
    ['no header', undefined],
    ['another scheme', valid().replace('sha256=', 'sha1=')],
    ['a truncated digest', valid().slice(0, -2)],
    ['trailing junk', `${valid()}zz`],
    ['a repeated header', [valid(), valid()]],
  ])('refuses %s', (_case, header) => {
    expect(verifyWebhookSignature(SECRET, body, header)).toBe(false);
  });

  it('refuses another secret or a changed body', () => {
    expect(verifyWebhookSignature('other', body, valid())).toBe(false);
    expect(verifyWebhookSignature(SECRET, Buffer.from('UNB+UNOA:3'), valid())).toBe(false);
  });
});
