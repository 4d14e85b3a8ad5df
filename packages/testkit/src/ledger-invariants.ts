import type { TestDatabase } from './database.js';

/**
 * The ledger's invariants, read as the superuser for assertions (never what a service does):
 * transfers that do not sum to zero per asset, cached balances that differ from their entries,
 * and player accounts below zero (or below their holds). All three are 0 on a healthy ledger.
 */
export async function ledgerInvariants(db: TestDatabase) {
  const unbalanced = await db.query(
    `select transfer_id from wallet.entry group by transfer_id, asset_id having sum(amount) <> 0`,
  );
  const mismatched = await db.query(
    `select a.id from wallet.account a where a.balance is not null
        and a.balance <> coalesce((select sum(e.amount) from wallet.entry e where e.account_id = a.id), 0)`,
  );
  const negative = await db.query(`select id from wallet.account where balance < 0 or balance - held < 0`);
  return { unbalanced: unbalanced.rowCount, mismatched: mismatched.rowCount, negative: negative.rowCount };
}
