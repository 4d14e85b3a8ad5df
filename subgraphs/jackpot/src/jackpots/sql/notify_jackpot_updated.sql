-- A pool change notifies `cx_jackpot_updated` (the gateway throttles follow-ups per jackpot, however many bets).
create or replace function jackpot.notify_jackpot_updated()
 returns trigger
 language plpgsql
as $$
      begin
        perform pg_notify('cx_jackpot_updated', json_build_object('tenantId', new.tenant_id, 'jackpotId', new.jackpot_id, 'seq', txid_current())::text);
        return null;
      end $$;

drop trigger if exists jackpot_updated on jackpot.jackpot_tier;
create trigger jackpot_updated after insert or update on jackpot.jackpot_tier for each row execute function jackpot.notify_jackpot_updated();
