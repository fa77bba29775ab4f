import { carrierIdFromCertificate } from './carrier-id-from-certificate';

describe(carrierIdFromCertificate.name, () => {
  it.each([
    ['a CN', { subject: { CN: 'DEMO' } }, 'DEMO'],
    ['no certificate', {}, undefined],
    ['no CN', { subject: {} }, undefined],
    ['an empty CN', { subject: { CN: ' ' } }, undefined],
    ['several CNs', { subject: { CN: ['DEMO', 'LH'] } }, undefined],
  ])('reads the carrier id from %s', (_case, peer, expected) => {
    expect(carrierIdFromCertificate(peer)).toBe(expected);
  });
});
