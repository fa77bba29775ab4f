import {
  aPnrInterchange,
  aSexCodeFinding,
  anApiInterchange,
  ApiInterchangeOptions,
  LH400,
} from './operations.fixtures';
import { OperationsTestApp } from './operations-test-app';

export type CarrierDayName = 'earlier' | 'accepted' | 'rejected' | 'duplicate' | 'latam';

/** A morning's traffic: Lufthansa's LH400 manifests (accepted, rejected, resent), LATAM's PNRs. */
export interface CarrierDay {
  lufthansa: string;
  latam: string;
  ids: Record<CarrierDayName, string>;
  raws: Record<CarrierDayName, Buffer>;
}

export async function seedCarrierDay(t: OperationsTestApp): Promise<CarrierDay> {
  const lufthansa = (await t.carriers.create('Lufthansa', [{ senderId: 'LHAPI', qualifier: 'ZZ' }]))
    .id;
  const latam = (await t.carriers.create('LATAM', [{ senderId: 'LAAPI', qualifier: 'ZZ' }])).id;
  const ids = {} as Record<CarrierDayName, string>;
  const raws = {} as Record<CarrierDayName, Buffer>;
  const fromLufthansa = (ref: string, at: string, extra: Partial<ApiInterchangeOptions> = {}) =>
    anApiInterchange({
      carrierId: lufthansa,
      senderId: 'LHAPI',
      controlReference: ref,
      flight: LH400,
      receivedAt: new Date(at),
      ...extra,
    });
  const seed = async (name: CarrierDayName, record: ReturnType<typeof anApiInterchange>) => {
    ids[name] = (await t.record(record)).interchangeId;
    raws[name] = Buffer.from(record.raw);
  };
  await seed(
    'earlier',
    fromLufthansa('000000100', '2026-11-27T07:15:00.000Z', {
      flight: { ...LH400, departureDate: '2026-11-27' },
    }),
  );
  await seed('accepted', fromLufthansa('000000101', '2026-11-28T07:15:00.000Z'));
  await seed(
    'rejected',
    fromLufthansa('000000102', '2026-11-28T07:40:00.000Z', {
      outcome: 'rejected',
      findings: [aSexCodeFinding()],
    }),
  );
  await seed(
    'duplicate',
    fromLufthansa('000000101', '2026-11-28T07:45:00.000Z', {
      outcome: 'duplicate',
      duplicateOf: ids.accepted,
    }),
  );
  await seed(
    'latam',
    aPnrInterchange({
      carrierId: latam,
      senderId: 'LAAPI',
      controlReference: '532000001',
      flight: { ...LH400, carrierCode: 'LA', flightNumber: '532', from: 'GRU', to: 'LIS' },
      receivedAt: new Date('2026-11-28T08:00:00.000Z'),
      pnrs: 3,
    }),
  );
  return { lufthansa, latam, ids, raws };
}
