import { Migration } from '@mikro-orm/migrations';

/**
 * Live bonus progress: every committed change to a grant (claim, activation, each wagered bet,
 * conversion, expiry) notifies `cx_bonus_updated`; the gateway pushes the grant to its player
 * (`bonusUpdated`). Identical notifications of one transaction are folded by Postgres.
 */
export class Migration20261216000000BonusLive extends Migration {
  override up(): void {
    this.addSql(`create or replace function "bonus"."notify_bonus_updated"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('cx_bonus_updated', json_build_object('tenantId', new.tenant_id, 'playerId', new.player_id, 'grantId', new.id, 'seq', txid_current())::text);
        return null;
      end $$;`);
    this.addSql(`create trigger "bonus_updated" after insert or update on "bonus"."bonus_grant" for each row execute function "bonus"."notify_bonus_updated"();`);
  }
}
