import { readInterchange } from '@app/edifact';
import { randomBytes } from 'node:crypto';
import { deliverLaterInterchange, partJournaledAsDuplicate } from './support/delivery-signals';
import { eventually, JournalKind, PaxgateHarness } from './support/paxgate.harness';
import { freshReference, paxlstPart } from './support/sample-interchanges';
import { WebhookTestServer } from './support/webhook.server';

interface AssemblyView {
  id: string;
  status: string;
  accessReference: string;
  partCount: number | null;
  missing: number[];
  findings: { rule: string; text: string }[];
  parts: { number: number; messageId: string }[];
}
interface ManifestJson {
  travellers: { surname: string }[];
  assembly: { partCount: number | null; status: string; parts: { number: number }[] };
}

const ucmActions = (contrl: string): string[] =>
  [...contrl.matchAll(/UCI\+[^+]*\+[^+]*\+[^+]*\+(\d)/g)].map((m) => m[1]);

describe.each<[JournalKind]>([['sqlite'], ['postgres']])(
  'multi-part PAXLST over HTTPS with the %s journal',
  (journal) => {
    const id = randomBytes(4).toString('hex');
    const jsonHook = new WebhookTestServer(`json-secret-${id}-0000`);
    const rawHook = new WebhookTestServer(`raw-secret-${id}-00000`);
    const listHook = new WebhookTestServer(`list-secret-${id}-0000`);
    let harness: PaxgateHarness;

    beforeAll(async () => {
      const [jsonUrl, rawUrl, listUrl] = [
        await jsonHook.start(),
        await rawHook.start(),
        await listHook.start(),
      ];
      harness = await PaxgateHarness.start({
        journal,
        destinations: [
          {
            kind: 'webhook',
            name: 'piu-json',
            url: jsonUrl,
            secret: jsonHook.secret,
            format: 'json',
          },
          { kind: 'webhook', name: 'piu-raw', url: rawUrl, secret: rawHook.secret, format: 'raw' },
          {
            kind: 'webhook',
            name: 'piu-raw-list',
            url: listUrl,
            secret: listHook.secret,
            format: 'raw',
            multipart: 'list',
          },
        ],
        env: { PAXGATE_ASSEMBLY_TIMEOUT_MS: '3000', PAXGATE_ASSEMBLY_SWEEP_INTERVAL_MS: '200' },
      });
    });

    afterAll(async () => {
      await harness?.stop();
      await jsonHook.stop();
      await rawHook.stop();
      await listHook.stop();
    });

    const accessReference = (): string => `M${randomBytes(5).toString('hex').toUpperCase()}`;

    async function assemblyOf(access: string): Promise<AssemblyView | undefined> {
      const { json } = await harness.admin<{ assemblies: AssemblyView[] }>('GET', '/v1/assemblies');
      return json.assemblies.find((a) => a.accessReference === access);
    }

    /** Posts parts `{ number: surnames }` of one manifest whose final part is `last`. */
    async function postParts(
      access: string,
      flightTotal: number,
      parts: Record<number, string[]>,
      last: number,
    ): Promise<void> {
      for (const [n, passengers] of Object.entries(parts)) {
        const part = Number(n);
        await harness.post(
          paxlstPart({
            reference: freshReference(),
            accessReference: access,
            part,
            last: part === last,
            passengers,
            flightTotal,
          }),
        );
      }
    }

    const deliveredJson = (access: string): ManifestJson[] =>
      jsonHook.received
        .map(
          (r) =>
            JSON.parse(r.body.toString('utf8')) as ManifestJson & {
              message: { accessReference?: string };
            },
        )
        .filter((doc) => doc.message.accessReference === access);

    const deliveredRaw = (access: string): string[] =>
      rawHook.received
        .map((r) => r.body.toString('latin1'))
        .filter((b) => b.includes(`+${access}+`));

    it('delivers one manifest with every traveller, once, from parts sent out of order and one twice', async () => {
      const access = accessReference();
      const part = (n: number, passengers: string[]) =>
        paxlstPart({
          reference: freshReference(),
          accessReference: access,
          part: n,
          last: n === 3,
          passengers,
          flightTotal: 5,
        });
      const third = part(3, ['EVANS']);
      const first = part(1, ['ADAMS', 'BAKER']);
      const second = part(2, ['CLARK', 'DAVIS']);
      const secondAgain = part(2, ['CLARK', 'DAVIS']);

      for (const body of [third, first, secondAgain, second]) {
        const answer = await harness.post(body);
        expect(ucmActions(answer.body)).toEqual(['7']);
      }

      const done = await eventually(async () => {
        const found = await assemblyOf(access);
        return found?.status === 'complete' ? found : undefined;
      });
      expect(done).toMatchObject({ partCount: 3, missing: [], findings: [] });
      await eventually(() => (deliveredJson(access).length > 0 ? true : undefined));
      await eventually(() => (deliveredRaw(access).length > 0 ? true : undefined));
      // Before counting: the part sent twice is decided (it cannot make a second manifest now),
      // and a later interchange has reached every hook (a second delivery would have too).
      const duplicate = await partJournaledAsDuplicate(harness, access);
      expect(duplicate.status).toBe('duplicate');
      await deliverLaterInterchange(harness, 3, [jsonHook, rawHook, listHook]);

      const manifests = deliveredJson(access);
      expect(manifests).toHaveLength(1);
      expect(manifests[0].travellers.map((t) => t.surname)).toEqual([
        'ADAMS',
        'BAKER',
        'CLARK',
        'DAVIS',
        'EVANS',
      ]);
      expect(manifests[0].assembly.parts.map((p) => p.number)).toEqual([1, 2, 3]);
      const raw = deliveredRaw(access);
      expect(raw).toHaveLength(1);
      const interchange = readInterchange(Buffer.from(raw[0], 'latin1'));
      expect(interchange.messages.map((m) => m.part?.number)).toEqual([1, 2, 3]);
      expect(interchange.findings).toEqual([]);
      // A 'list' destination gets the parts' interchanges as received, in part order (part 2 is
      // the copy that came first; the later one was the duplicate).
      const listed = listHook.received.filter((r) =>
        r.body.toString('latin1').includes(`+${access}+`),
      );
      expect(listed).toHaveLength(1);
      expect(listed[0].body).toEqual(Buffer.concat([first, secondAgain, third]));
    });

    it('flags totals that do not add up across the parts', async () => {
      const access = accessReference();
      await postParts(access, 3, { 1: ['ADAMS'], 2: ['BAKER'] }, 2);

      const done = await eventually(async () => {
        const found = await assemblyOf(access);
        return found?.status === 'complete' && found.findings.length > 0 ? found : undefined;
      });
      expect(done.findings).toEqual([
        {
          rule: 'assembly.totals.passengers',
          text: 'CNT+42 gives 3 passengers for the flight, but the 2 part(s) list 2.',
        },
      ]);
    });

    it('closes a set whose part never comes as incomplete, naming it, and routes it when forced', async () => {
      const access = accessReference();
      await postParts(access, 3, { 1: ['ADAMS'], 3: ['CLARK'] }, 3);

      const incomplete = await eventually(async () => {
        const found = await assemblyOf(access);
        return found?.status === 'incomplete' ? found : undefined;
      }, 20000);
      expect(incomplete.missing).toEqual([2]);
      expect(incomplete.findings[0].rule).toBe('assembly.incomplete');
      expect(incomplete.findings[0].text).toContain('missing 2');
      expect(deliveredJson(access)).toEqual([]);
      const { json: listed } = await harness.admin<{ assemblies: AssemblyView[] }>(
        'GET',
        '/v1/assemblies?status=incomplete',
      );
      expect(listed.assemblies.map((a) => a.id)).toContain(incomplete.id);

      const forced = await harness.admin<AssemblyView>(
        'POST',
        `/v1/assemblies/${incomplete.id}/route`,
      );
      expect(forced.status).toBe(202);
      expect(forced.json.status).toBe('forced');

      const manifests = await eventually(() => {
        const found = deliveredJson(access);
        return found.length > 0 ? found : undefined;
      });
      expect(manifests[0].travellers.map((t) => t.surname)).toEqual(['ADAMS', 'CLARK']);
      expect(manifests[0].assembly.status).toBe('forced');
      const again = await harness.admin<AssemblyView>(
        'POST',
        `/v1/assemblies/${incomplete.id}/route`,
      );
      expect(again.status).toBe(409);
    });
  },
);
