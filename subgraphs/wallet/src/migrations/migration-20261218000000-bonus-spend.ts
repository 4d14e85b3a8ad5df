import { Migration } from '@mikro-orm/migrations';

/**
 * Bonus money in bets, several jackpot pools per stake, ledger reads for the other subgraphs, and
 * the wallet's own transactional outbox. Hand-written, column-for-column equal to the entities.
 *
 * BONUS SPEND — a bet that names a spend order pays its stake from PLAYER_CASH and PLAYER_BONUS,
 * split against the balances the posting itself sees: `wallet.post_split_bet` claims the key, locks
 * both player rows (cash, then bonus), splits (`wallet.split_stake`, `wallet.split_win`: the SQL
 * twins of ledger/split-stake.ts and ledger/split-win.ts, proven equal by an integration test) and
 * writes the transfer, in ONE statement — no read-then-write race, nothing to retry. The split is
 * stored in the transfer's metadata and in the idempotency record's result, so a replay returns
 * it; the key is bound to the request (spend order and pools included), never to the split.
 * Bets without a spend order keep the unchanged one-statement `post_transfer` path. (The functions
 * are SQL sources in src/ledger/sql/, the outbox's trigger in src/events/sql/.)
 *
 * OUTBOX — `wallet.wallet_event` (no row-level security: only the relay reads it, across tenants,
 * in seq order) receives `wallet.deposit-completed` and `wallet.withdrawal-requested` rows from the
 * very transaction that completed the deposit or accepted the withdrawal; `wallet.outbox_cursor`
 * records how far the relay moved each kind onto the event bus.
 */
export class Migration20261218000000BonusSpend extends Migration {
  override up(): void {
    this.addSql(
      `create table "wallet"."wallet_event" ("seq" bigserial primary key, "tenant_id" uuid not null, "kind" text not null, "payload" jsonb not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "wallet_event_kind_seq_index" on "wallet"."wallet_event" ("kind", "seq");`);
    this.addSql(
      `create table "wallet"."outbox_cursor" ("name" varchar(64) not null, "seq" bigint not null, "updated_at" timestamptz not null, primary key ("name"));`,
    );
    this.addSql(
      `insert into "wallet"."outbox_cursor" ("name", "seq", "updated_at") values ('wallet.deposit-completed', 0, now()), ('wallet.withdrawal-requested', 0, now());`,
    );
  }
}
