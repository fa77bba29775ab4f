import { eventually, PaxgateHarness } from './paxgate.harness';
import { demoPaxlst, freshReference } from './sample-interchanges';
import { WebhookTestServer } from './webhook.server';

// Positive signals for absence checks ("nothing was routed", "delivered once"): wait for an event
// that must come after what the check says did not happen, rather than for a fixed time.

export interface DeliveryView {
  id: string;
  destination: string;
  status: string;
}

interface StoryView {
  messages: Array<{ id: string; status: string; accessReference: string }>;
  deliveries: DeliveryView[];
}

/**
 * Posts a valid interchange after everything the test sent and waits until each of the
 * `destinations` has it (the journal says delivered, and each of `hooks` holds its delivery).
 * The outbox is handed over oldest first and the routing and delivery queues are first in,
 * first out: what the test's own interchanges had left to route or deliver was taken up before
 * this one's, so once this one has arrived, a late or second delivery of theirs has had its turn.
 */
export async function deliverLaterInterchange(
  harness: PaxgateHarness,
  destinations: number,
  hooks: readonly WebhookTestServer[],
): Promise<{ interchangeId: string; messageId: string; deliveries: DeliveryView[] }> {
  const answer = await harness.post(demoPaxlst(freshReference()), 'demo', 'application/json');
  const { interchangeId } = JSON.parse(answer.body) as { interchangeId: string };
  return eventually(
    async () => {
      const { json } = await harness.admin<StoryView>('GET', `/v1/interchanges/${interchangeId}`);
      const { messages, deliveries } = json;
      const delivered =
        deliveries.length === destinations && deliveries.every((d) => d.status === 'delivered');
      const arrived = hooks.every((hook) => deliveries.some((d) => hook.receivedFor(d.id).length));
      return delivered && arrived
        ? { interchangeId, messageId: messages[0].id, deliveries }
        : undefined;
    },
    20000,
    'a later interchange delivered to every destination',
  );
}

/**
 * Waits until a part of the manifest `accessReference` that came again is journaled as a
 * duplicate: the assembler has decided on the last part that could have made a second manifest.
 */
export async function partJournaledAsDuplicate(
  harness: PaxgateHarness,
  accessReference: string,
): Promise<{ status: string; accessReference: string }> {
  return eventually(
    async () => {
      const { json } = await harness.admin<{ items: { id: string }[] }>(
        'GET',
        '/v1/interchanges?carrier=DEMO&limit=500',
      );
      for (const summary of json.items) {
        const story = await harness.admin<StoryView>('GET', `/v1/interchanges/${summary.id}`);
        const part = story.json.messages.find(
          (m) => m.accessReference === accessReference && m.status === 'duplicate',
        );
        if (part) return part;
      }
      return undefined;
    },
    20000,
    `a part of ${accessReference} journaled as a duplicate`,
  );
}
