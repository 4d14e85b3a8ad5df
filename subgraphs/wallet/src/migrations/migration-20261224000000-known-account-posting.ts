import { Migration } from '@mikro-orm/migrations';

/**
 * POSTING TO KNOWN ACCOUNTS — the internal API's postings (bets, wins, grants…) in one statement
 * with no lookups, sorts or joins left for Postgres to plan around (measured by `npm run
 * bench:bets` and perf: post_transfer's leg lookup, its window sum and its hash joins over four
 * legs cost more than the writes).
 *
 * An account's id never changes and an account is never deleted, so the wallet process remembers
 * them (`account_directory` answers the ones it does not know yet) and sends, per posting, each
 * leg's account and asset id with its amount and its running sum within its account, and per
 * player account the total and the lowest running sum (the overdraft rule: the account must cover
 * every prefix of its legs, the stake before the win). A posting naming an account that does not
 * exist yet still goes through post_transfer, which opens it.
 *
 * post_known_transfer writes the transfer, moves the player balances, writes the entries with each
 * entry's running balance, and records the key with its result, in ONE statement; every write is
 * gated on the transfer's unique key, so a concurrent call that committed the same key first leaves
 * nothing written and is answered from its result (a replay, or CX409 for another request); a key
 * recorded without a transfer (a rollback's tombstone) refuses the posting and undoes it. The cached
 * balance still moves only by the sum of that account's entries: the statement checks each total
 * against the legs it was given (CX422 otherwise), and the zero-sum proof at COMMIT is unchanged.
 *
 * The type stays here; the functions are SQL sources (ledger/sql/account_directory.sql,
 * post_known_transfer.sql, post_transfers_notify_after_commit.sql).
 */
const POSTING_TYPE = `create type wallet.posting as (
  "tenantId" uuid, key text, hash text, operation text, kind text, "playerId" uuid, reference text, metadata jsonb,
  assets text[], types text[], holders text[], amounts bigint[],
  accounts uuid[], "assetIds" uuid[], running bigint[],
  "moveIds" uuid[], "moveTotals" bigint[], "moveLowest" bigint[], "moveTypes" text[], "moveAssets" text[]
);`;

export class Migration20261224000000KnownAccountPosting extends Migration {
  override up(): void {
    this.addSql(POSTING_TYPE);
  }
}
