import { outboxVisibilityDdl } from '@casinox/events';
import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox relay's cursor becomes (xid, seq): a row committed late with a lower seq than one
 * already relayed is no longer skipped (see OutboxRelay in packages/events).
 */
export class Migration20261222000000OutboxVisibility extends Migration {
  override up(): void {
    for (const sql of outboxVisibilityDdl({ schema: 'games', table: 'bet_event' })) this.addSql(sql);
  }
}
