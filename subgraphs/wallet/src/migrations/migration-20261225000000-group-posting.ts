import { Migration } from '@mikro-orm/migrations';

/**
 * A GROUP OF POSTINGS IN ONE STATEMENT — measured with `npm run bench:bets` and perf on the wallet
 * backends: with one statement per posting, a third of the database's time went to what every
 * statement pays once whatever it writes (executor start-up of a five-part plan, re-reading the
 * tables' CHECK constraints, the PL/pgSQL loop and a subtransaction per posting).
 *
 * post_known_group writes a tenant's postings of a group, all to known accounts (see
 * known-group.ts), at once: every transfer (the group goes whole or not at all), each player balance
 * moved ONCE by its total over the group provided it covers the lowest running sum of its legs over
 * the group, every entry with its running balance, every key's record with its result. Anything
 * less — a key already used (a replay, a tombstone, a concurrent call), a balance that does not
 * cover it, a balance that would not move by exactly its entries — raises CX0GB; the group function
 * (post_group) then undoes the attempt and posts item by item as before
 * (post_transfers_notify_after_commit), where each posting gets its own answer. The zero-sum proof
 * at COMMIT, the foreign keys and the CHECK constraints are unchanged.
 *
 * The type stays here; the functions are SQL sources (ledger/sql/post_known_group.sql, post_group.sql).
 */
const POSTING_GROUP_TYPE = `create type wallet.posting_group as (
  "tenantId" uuid, ids uuid[], keys text[], hashes text[], operations text[], kinds text[], players uuid[], refs text[], metadata jsonb,
  "legItems" int[], accounts uuid[], "assetIds" uuid[], amounts bigint[], running bigint[],
  "moveIds" uuid[], "moveTotals" bigint[], "moveLowest" bigint[],
  "answerItems" int[], "answerAccounts" uuid[], "answerRunning" bigint[], "answerTypes" text[], "answerAssets" text[]
);`;

export class Migration20261225000000GroupPosting extends Migration {
  override up(): void {
    this.addSql(POSTING_GROUP_TYPE);
  }
}
