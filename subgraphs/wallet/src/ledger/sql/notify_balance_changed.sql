-- Live balances: pg_notify('cx_balance_changed') in the transaction that moved a player's balance or held
-- amount, unless the caller notifies after its commit itself (`wallet.balance_notify`, post_transfers_notify_after_commit).
create or replace function wallet.notify_balance_changed()
 returns trigger
 language plpgsql
as $$
  begin
    if new.balance is null or (new.balance = old.balance and new.held = old.held) then return null; end if;
    if current_setting('wallet.balance_notify', true) = 'after-commit' then return null; end if;
    perform pg_notify('cx_balance_changed', json_build_object('tenantId', new.tenant_id, 'playerId', new.holder, 'seq', txid_current())::text);
    return null;
  end $$;

drop trigger if exists balance_changed on wallet.account;
create trigger balance_changed after update on wallet.account for each row execute function wallet.notify_balance_changed();
