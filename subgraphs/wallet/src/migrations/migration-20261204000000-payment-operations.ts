import { Migration } from '@mikro-orm/migrations';

/**
 * Operating the money flows: where a checkout returns the player, the payout re-drive sweep's
 * bookkeeping, indexes for the operators' adjustment lists, and the rollback tombstone.
 * Hand-written, column-for-column equal to the entities.
 *
 * ROLLBACK TOMBSTONE — a `rollback` can reach the wallet before the `bet` it cancels (the game
 * timed out, retried the rollback, and the bet was still in flight). The rollback then claims the
 * bet's own idempotency key (`bet:<betId>`) with the operation `bet.tombstone`: the late bet finds
 * its key taken and is refused with CX416 BET_ROLLED_BACK, nothing moves. Claiming the very key
 * the bet claims is what makes the race safe: a bet in flight holds that key, so the rollback
 * waits for it and then reverses it instead; a rollback that got there first makes the bet wait
 * and then refuses it.
 */
export class Migration20261204000000PaymentOperations extends Migration {
  override up(): void {
    this.addSql(`alter table "wallet"."sandbox_payment" add column "return_url" varchar(500) null;`);
    this.addSql(
      `alter table "wallet"."withdrawal" add column "payout_requested_at" timestamptz null, add column "payout_attempts" smallint not null default 0;`,
    );
    this.addSql(
      `create index "adjustment_tenant_id_created_at_index" on "wallet"."adjustment" ("tenant_id", "created_at");`,
    );
    this.addSql(
      `create index "adjustment_tenant_id_player_id_created_at_index" on "wallet"."adjustment" ("tenant_id", "player_id", "created_at");`,
    );
  }
}
