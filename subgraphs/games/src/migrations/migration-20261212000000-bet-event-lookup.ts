import { Migration } from '@mikro-orm/migrations';

/** A bet's place in the settled stream is looked up by bet id (Bet.sequence, catch-up after a reconnect). */
export class Migration20261212000000BetEventLookup extends Migration {
  override up(): void {
    this.addSql(`create index "bet_event_bet_id_index" on "games"."bet_event" ("bet_id");`);
  }
}
