import { createHash } from 'node:crypto';
import { InboundSubject } from './inbound.subject';

describe(InboundSubject.name, () => {
  const bytes = Buffer.from('UNA:+.? UNB');
  const sha = createHash('sha256').update(bytes).digest('hex');

  it('keys an upload by carrier, name and content', () => {
    expect(InboundSubject.upload('DEMO', 'x.edi', bytes).key).toBe(`sftp:DEMO:x.edi:${sha}`);
  });

  it('keys a message by queue and body, so its redeliveries share the key', () => {
    expect(InboundSubject.message('demo.in', 'DEMO', bytes).key).toBe(`mq:demo.in:${sha}`);
  });

  it('keys a polled file by remote and version, known before it is downloaded', () => {
    const file = { path: '/out/A.EDI', size: 11, modifiedAt: 1_764_400_000_000 };

    expect(InboundSubject.polled('bureau', 'DEMO', file, bytes).key).toBe(
      'sftp-poll:bureau:/out/A.EDI:11:1764400000000',
    );
  });
});
