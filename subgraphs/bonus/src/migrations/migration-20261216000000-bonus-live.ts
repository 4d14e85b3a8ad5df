import { Migration } from '@mikro-orm/migrations';

/**
 * Live bonus progress: every committed change to a grant (claim, activation, each wagered bet,
 * conversion, expiry) notifies `cx_bonus_updated`; the gateway pushes the grant to its player
 * (`bonusUpdated`). Identical notifications of one transaction are folded by Postgres.
 *
 * Its trigger is now the SQL source `src/grants/sql/notify_bonus_updated.sql`; the migration stays,
 * empty, so the history recorded in existing databases still matches.
 */
export class Migration20261216000000BonusLive extends Migration {
  override up(): void {}
}
