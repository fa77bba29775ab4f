import { generateEd25519KeyPair } from './ed25519-key.generator';
import { CarrierConfig } from '@app/config';
import { randomBytes } from 'node:crypto';
import { ParsedKey, utils } from 'ssh2';
import { AuthAttempt, CarrierKeyAuthenticator } from './carrier-key.authenticator';

function keyPair(): { public: string; private: ParsedKey } {
  const pair = generateEd25519KeyPair();
  const parsed = utils.parseKey(pair.private);
  if (parsed instanceof Error) throw parsed;
  return { public: pair.public, private: parsed };
}

/** The first request a client sends for a key: is it acceptable? (no signature yet). */
function withoutSignature(attempt: AuthAttempt): AuthAttempt {
  return { username: attempt.username, method: attempt.method, key: attempt.key };
}

describe(CarrierKeyAuthenticator.name, () => {
  const demo = keyPair();
  const second = keyPair();
  const stranger = keyPair();
  const carriers = [
    {
      id: 'DEMO',
      name: 'Demo',
      senders: ['DEMO'],
      sftp: { publicKeys: [second.public, demo.public] },
    },
    { id: 'OTHER', name: 'Other', senders: ['OTHERAIR'] },
  ] as CarrierConfig[];
  const sut = new CarrierKeyAuthenticator(carriers);

  function signed(username: string, pair: { private: ParsedKey }, signer = pair): AuthAttempt {
    const blob = randomBytes(64);
    return {
      username,
      method: 'publickey',
      key: { algo: 'ssh-ed25519', data: pair.private.getPublicSSH() },
      blob,
      signature: signer.private.sign(blob),
    };
  }

  it('has an account for each carrier with an sftp section, and only those', () => {
    expect(sut.accounts).toEqual(['DEMO']);
  });

  it('accepts a registered key with a signature that verifies', () => {
    expect(sut.decide(signed('DEMO', demo))).toEqual({ accept: true });
    expect(sut.decide(signed('DEMO', second))).toEqual({ accept: true });
  });

  it('answers a key probe (no signature yet) for a registered key', () => {
    const probe = withoutSignature(signed('DEMO', demo));

    expect(sut.decide(probe)).toEqual({ accept: true });
  });

  it('refuses a registered key whose signature was made with another key', () => {
    expect(sut.decide(signed('DEMO', demo, stranger))).toEqual({
      accept: false,
      reason: 'signature does not verify with the registered key',
    });
  });

  it('refuses a signature over other data', () => {
    const attempt = signed('DEMO', demo);

    expect(sut.decide({ ...attempt, blob: randomBytes(64) }).accept).toBe(false);
  });

  it('refuses a key that is not registered, even as a probe', () => {
    const probe = withoutSignature(signed('DEMO', stranger));

    expect(sut.decide(probe)).toEqual({
      accept: false,
      reason: 'ssh-ed25519 key not registered for the carrier',
    });
  });

  it("refuses one carrier's key for another user", () => {
    expect(sut.decide(signed('OTHER', demo))).toEqual({
      accept: false,
      reason: 'no SFTP account of that name',
    });
    expect(sut.decide(signed('demo', demo)).accept).toBe(false);
  });

  it('refuses passwords and keyboard-interactive, with a reason to log', () => {
    expect(sut.decide({ username: 'DEMO', method: 'password' })).toEqual({
      accept: false,
      reason: 'password authentication is not offered',
    });
    expect(sut.decide({ username: 'DEMO', method: 'keyboard-interactive' }).accept).toBe(false);
  });

  it("refuses 'none' quietly: it is how clients ask which methods there are", () => {
    expect(sut.decide({ username: 'DEMO', method: 'none' })).toEqual({ accept: false });
  });

  it('refuses to start on a key line it cannot parse, naming the carrier', () => {
    const bad = [
      { id: 'BAD', name: 'Bad', senders: ['BAD'], sftp: { publicKeys: ['ssh-ed25519 AAAA'] } },
    ] as CarrierConfig[];

    expect(() => new CarrierKeyAuthenticator(bad)).toThrow('carriers[BAD].sftp.publicKeys[0]');
  });
});
