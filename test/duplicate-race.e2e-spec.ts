import { JournalKind, PaxgateHarness } from './support/paxgate.harness';
import { demoPaxlst, freshReference } from './support/sample-interchanges';

interface Answer {
  outcome: string;
}

/**
 * The same interchange sent several times at once (a carrier's retry racing its first try, or
 * two gateways behind a balancer): exactly one is accepted, the others are duplicates.
 */
describe.each<[JournalKind]>([['sqlite'], ['postgres']])(
  'simultaneous resends with the %s journal',
  (journal) => {
    let harness: PaxgateHarness;

    beforeAll(async () => {
      harness = await PaxgateHarness.start({
        journal,
        roles: ['gateway', 'console'],
        destinations: [{ kind: 'directory', name: 'local', path: 'delivered', format: 'raw' }],
      });
    });

    afterAll(async () => {
      await harness?.stop();
    });

    it('accepts one of eight identical interchanges sent together and calls the rest duplicates', async () => {
      const body = demoPaxlst(freshReference());

      const answers = await Promise.all(
        Array.from({ length: 8 }, () => harness.post(body, 'demo', 'application/json')),
      );

      const outcomes = answers.map((a) => (JSON.parse(a.body) as Answer).outcome).sort();
      expect(outcomes).toEqual(['accepted', ...Array<string>(7).fill('duplicate')]);
    });
  },
);
