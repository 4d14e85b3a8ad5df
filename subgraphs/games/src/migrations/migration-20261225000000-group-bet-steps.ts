import { Migration } from '@mikro-orm/migrations';

/**
 * The bet steps of a group in one statement each (place_all, settle_all, their group functions,
 * forget_finished_markers): function changes only, now the SQL sources in src/bets/sql/. The
 * migration stays, empty, so the histories recorded in databases still match.
 */
export class Migration20261225000000GroupBetSteps extends Migration {
  override up(): void {}
}
