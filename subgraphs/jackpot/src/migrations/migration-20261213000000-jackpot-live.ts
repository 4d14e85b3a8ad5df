import { Migration } from '@mikro-orm/migrations';

/**
 * Live jackpots: a pool change notifies `cx_jackpot_updated` (the gateway throttles the follow-ups
 * to a few per second per jackpot, however many bets), a win notifies `cx_jackpot_won` when it is
 * paid. Identical notifications of one transaction are folded by Postgres.
 */
export class Migration20261213000000JackpotLive extends Migration {
  override up(): void {
    this.addSql(`create or replace function "jackpot"."notify_jackpot_updated"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('cx_jackpot_updated', json_build_object('tenantId', new.tenant_id, 'jackpotId', new.jackpot_id, 'seq', txid_current())::text);
        return null;
      end $$;`);
    this.addSql(`create trigger "jackpot_updated" after insert or update on "jackpot"."jackpot_tier" for each row execute function "jackpot"."notify_jackpot_updated"();`);
    this.addSql(`create or replace function "jackpot"."notify_jackpot_won"() returns trigger language plpgsql as $$
      begin
        if new.status = 'PAID' and (tg_op = 'INSERT' or old.status is distinct from 'PAID') then
          perform pg_notify('cx_jackpot_won', json_build_object('tenantId', new.tenant_id, 'jackpotId', new.jackpot_id, 'winId', new.id, 'seq', txid_current())::text);
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger "jackpot_won" after insert or update on "jackpot"."jackpot_win" for each row execute function "jackpot"."notify_jackpot_won"();`);
  }
}
