import { Migration } from '@mikro-orm/migrations';

/**
 * Live jackpots: a pool change notifies `cx_jackpot_updated` (the gateway throttles the follow-ups
 * to a few per second per jackpot, however many bets), a win notifies `cx_jackpot_won` when it is
 * paid. Identical notifications of one transaction are folded by Postgres.
 *
 * Its triggers are now the SQL sources `src/jackpots/sql/notify_jackpot_updated.sql` and
 * `src/wins/sql/notify_jackpot_won.sql`; the migration stays, empty, so recorded histories match.
 */
export class Migration20261213000000JackpotLive extends Migration {
  override up(): void {}
}
