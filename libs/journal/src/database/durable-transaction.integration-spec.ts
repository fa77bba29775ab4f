import { BACK_ENDS, openTestJournal } from '../testing/test-journal';
import { inDurableTransaction } from './durable-transaction';

describe.each(BACK_ENDS)('inDurableTransaction on %s', (kind) => {
  it('commits, and joins a transaction it is given', async () => {
    const journal = await openTestJournal(kind);
    try {
      await journal.db
        .transaction()
        .execute((outer) =>
          inDurableTransaction(outer, (trx) =>
            trx
              .insertInto('carriers')
              .values({ id: 'ZZ', name: 'z', created_at: new Date().toISOString() })
              .execute(),
          ),
        );
      expect(await journal.db.selectFrom('carriers').select('id').execute()).toEqual([
        { id: 'ZZ' },
      ]);
    } finally {
      await journal.dispose();
    }
  });
});
