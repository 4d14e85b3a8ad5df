import { Migration } from '@mikro-orm/migrations';

/**
 * A bet in two games statements (place_bet, replacing open_bet + insert_bet; transition_bet in one
 * statement): function changes only, now the SQL sources in src/bets/sql/. The migration stays,
 * empty, so the histories recorded in databases still match.
 */
export class Migration20261223000000OneStepBets extends Migration {
  override up(): void {}
}
