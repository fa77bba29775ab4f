import { deliveryRequest } from '../testing/delivery-request.fixture';
import { sftpFileName } from './sftp-file.name';

describe(sftpFileName.name, () => {
  it('joins type, carrier, flight and idempotency key, with the format as extension', () => {
    expect(sftpFileName(deliveryRequest())).toBe('PAXLST-LH-LH400-a1b2c3d4e5f6.edi');
    expect(sftpFileName(deliveryRequest({ format: 'json' }))).toBe(
      'PAXLST-LH-LH400-a1b2c3d4e5f6.json',
    );
  });

  it('is the same for every attempt of one delivery, whatever else differs', () => {
    const first = deliveryRequest({ deliveryId: 'd1', body: Buffer.from('one') });
    const retry = deliveryRequest({ deliveryId: 'd1', body: Buffer.from('another body') });
    expect(sftpFileName(retry)).toBe(sftpFileName(first));
  });

  it('leaves the flight out when the message has none', () => {
    expect(sftpFileName(deliveryRequest({ flight: undefined }))).toBe('PAXLST-LH-a1b2c3d4e5f6.edi');
  });

  it('turns anything but letters and digits in the labels into _', () => {
    const name = sftpFileName(
      deliveryRequest({ carrier: '../L H', flight: 'LH400/2026-11-29', messageType: 'PNRGOV' }),
    );
    expect(name).toBe('PNRGOV-L_H-LH400_2026_11_29-a1b2c3d4e5f6.edi');
  });

  it('never lets a label climb out of the directory or hide the file', () => {
    const name = sftpFileName(deliveryRequest({ messageType: '.hidden', carrier: '/etc/passwd' }));
    expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/);
    expect(name).not.toContain('/');
  });

  it('digests a key that is not plainly safe, so two keys never share a name', () => {
    const slash = sftpFileName(deliveryRequest({ idempotencyKey: 'a/b' }));
    const colon = sftpFileName(deliveryRequest({ idempotencyKey: 'a:b' }));
    expect(slash).toMatch(/^PAXLST-LH-LH400-[0-9a-f]{64}\.edi$/);
    expect(colon).toMatch(/^PAXLST-LH-LH400-[0-9a-f]{64}\.edi$/);
    expect(slash).not.toBe(colon);
  });

  it('keeps long labels short', () => {
    const name = sftpFileName(deliveryRequest({ carrier: 'C'.repeat(300) }));
    expect(name).toBe(`PAXLST-${'C'.repeat(32)}-LH400-a1b2c3d4e5f6.edi`);
  });
});
