import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 5, updateJackpot.
 * - `jackpot.updated_by`: the operator who last changed the configuration (with `updated_at`; what
 *   changed is the `jackpot.rules` event written in the same transaction). Null until the first edit.
 * - `jackpot_tier.drop_min_value` / `drop_max_value`: the MUST_DROP range the current seeding's hidden
 *   drop value was drawn in. An edit of the range applies from the next seeding, so the range that
 *   verifies the running seeding must be kept with it. Null on rows seeded before this migration (and
 *   for other types): the configuration's range is then the seeding's, and an edit freezes it here
 *   before it changes the configuration (RLS is forced on the table, so no backfill from here).
 */
export class Migration20261224000000JackpotUpdates extends Migration {
  override up(): void {
    this.addSql(`alter table "jackpot"."jackpot" add column "updated_by" uuid null;`);
    this.addSql(
      `alter table "jackpot"."jackpot_tier" add column "drop_min_value" bigint null, add column "drop_max_value" bigint null;`,
    );
  }
}
