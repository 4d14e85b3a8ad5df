-- A win notifies `cx_jackpot_won` when it is paid.
create or replace function jackpot.notify_jackpot_won()
 returns trigger
 language plpgsql
as $$
      begin
        if new.status = 'PAID' and (tg_op = 'INSERT' or old.status is distinct from 'PAID') then
          perform pg_notify('cx_jackpot_won', json_build_object('tenantId', new.tenant_id, 'jackpotId', new.jackpot_id, 'winId', new.id, 'seq', txid_current())::text);
        end if;
        return null;
      end $$;

drop trigger if exists jackpot_won on jackpot.jackpot_win;
create trigger jackpot_won after insert or update on jackpot.jackpot_win for each row execute function jackpot.notify_jackpot_won();
