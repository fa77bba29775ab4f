import { SftpDestinationConfig } from '@app/config';
import { expectDeliveryError } from '../testing/delivery-error.expectations';
import { deliveryRequest } from '../testing/delivery-request.fixture';
import { SftpTestPeer, TEST_SSHD } from '../testing/sftp-test-peer';
import { SftpDestination } from './sftp.destination';

const NAME = 'PAXLST-LH-LH400-a1b2c3d4e5f6.edi';

describe(SftpDestination.name, () => {
  const peer = new SftpTestPeer();
  let sut: SftpDestination | undefined;

  const destination = (overrides: Partial<SftpDestinationConfig> = {}): SftpDestination =>
    (sut = new SftpDestination(
      {
        kind: 'sftp',
        name: 'risk-sftp',
        ...TEST_SSHD,
        directory: peer.directory,
        format: 'raw',
        ...overrides,
      },
      { connect: peer.connect },
    ));

  beforeAll(() => peer.start());
  afterAll(() => peer.stop());
  beforeEach(() => peer.reset());

  afterEach(async () => {
    await sut?.close();
    sut = undefined;
    await peer.cleanUp();
  });

  it('writes the body under a name derived from the delivery, with nothing left behind', async () => {
    const request = deliveryRequest();

    const receipt = await destination().deliver(request);

    expect(receipt.detail).toBe(
      `written to sftp://${TEST_SSHD.username}@${TEST_SSHD.host}:${TEST_SSHD.port}${peer.directory}/${NAME}`,
    );
    expect(await peer.names()).toEqual([NAME]);
    expect(await peer.read(NAME)).toEqual(request.body);
  });

  it('names a json body .json', async () => {
    const body = Buffer.from('{"type":"PAXLST"}');
    await destination({ format: 'json' }).deliver(
      deliveryRequest({ format: 'json', contentType: 'application/json', body }),
    );
    expect(await peer.names()).toEqual(['PAXLST-LH-LH400-a1b2c3d4e5f6.json']);
    expect(await peer.read('PAXLST-LH-LH400-a1b2c3d4e5f6.json')).toEqual(body);
  });

  it('finds the file of an earlier attempt and does not write it again', async () => {
    const sftp = destination();
    await sftp.deliver(deliveryRequest());
    const writtenAt = await peer.modifiedAt(NAME);
    // SFTP times are in whole seconds: wait past one so a rewrite would show.
    await new Promise((resolve) => setTimeout(resolve, 1100));

    const receipt = await sftp.deliver(deliveryRequest());

    expect(receipt.detail).toMatch(
      /^already delivered as sftp:\/\/.*PAXLST-LH-LH400-a1b2c3d4e5f6\.edi$/,
    );
    expect(await peer.modifiedAt(NAME)).toBe(writtenAt);
    expect(await peer.names()).toEqual([NAME]);
    expect(peer.opened).toHaveLength(1);
  });

  it('replaces a file of another size under the name, in one rename', async () => {
    await peer.write(NAME, Buffer.from('UNA:+.? '));
    const request = deliveryRequest();

    await destination().deliver(request);

    expect(await peer.names()).toEqual([NAME]);
    expect(await peer.read(NAME)).toEqual(request.body);
  });

  it('checks the host key when a fingerprint is configured', async () => {
    const request = deliveryRequest();
    await destination({ hostKeySha256: `SHA256:${peer.hostKeySha256}` }).deliver(request);
    expect(await peer.names()).toEqual([NAME]);
    await sut?.close();

    await expectDeliveryError(
      destination({
        hostKeySha256: 'AAAAC3NzaC1lZDI1NTE5AAAAIKnotTheRightKeyAtAllxxxxxxxxx',
      }).deliver(request),
      /the host key of sftp:\/\/.* is not SHA256:AAAA/,
      false,
    );
  });

  it('fails retryably after the connection was lost, then reconnects on the next delivery', async () => {
    const sftp = destination();
    await sftp.deliver(deliveryRequest({ idempotencyKey: 'first' }));
    // The SFTP channel closes under a connection that still looks open.
    peer.opened[0].end();

    await expectDeliveryError(
      sftp.deliver(deliveryRequest({ idempotencyKey: 'second' })),
      /sftp destination risk-sftp: cannot/,
      true,
    );
    await sftp.deliver(deliveryRequest({ idempotencyKey: 'second' }));

    expect(peer.opened).toHaveLength(2);
    expect(await peer.names()).toEqual(['PAXLST-LH-LH400-first.edi', 'PAXLST-LH-LH400-second.edi']);
  });

  it('reconnects on the next delivery after the connection was closed', async () => {
    const sftp = destination();
    await sftp.deliver(deliveryRequest({ idempotencyKey: 'first' }));
    await peer.clients[0].end();

    await sftp.deliver(deliveryRequest({ idempotencyKey: 'second' }));

    expect(peer.opened).toHaveLength(2);
    expect(await peer.names()).toHaveLength(2);
  });

  it('fails without retry when the directory does not exist', async () => {
    await expectDeliveryError(
      destination({ directory: `${peer.directory}/missing` }).deliver(deliveryRequest()),
      /cannot write .*missing\/\.PAXLST-LH-LH400-a1b2c3d4e5f6\.edi\.part/,
      false,
    );
  });

  it('fails without retry when the private key cannot be read', async () => {
    await expectDeliveryError(
      destination({ privateKeyFile: '/nonexistent/key' }).deliver(deliveryRequest()),
      /cannot read the private key \/nonexistent\/key: ENOENT/,
      false,
    );
  });

  it('fails retryably when the server cannot be reached', async () => {
    const unreachable = new SftpDestination({
      kind: 'sftp',
      name: 'nowhere',
      ...TEST_SSHD,
      port: 1,
      directory: peer.directory,
      format: 'raw',
    });
    await expectDeliveryError(
      unreachable.deliver(deliveryRequest()),
      /sftp destination nowhere: cannot connect to sftp:\/\/.*:1: /,
      true,
    );
    await unreachable.close();
  });

  it('refuses deliveries once closed', async () => {
    const sftp = destination();
    await sftp.deliver(deliveryRequest());
    await sftp.close();
    await expectDeliveryError(sftp.deliver(deliveryRequest()), /is closed/, true);
  });
});
