-- Every transfer balances per asset and has at least two entries, proven at COMMIT (deferred, so entries may
-- arrive one by one); once per transfer and transaction (the proven ids are remembered in a setting).
create or replace function wallet.entry_balanced()
 returns trigger
 language plpgsql
as $$
  declare
    v_proven text := coalesce(current_setting('wallet.balanced_transfers', true), '');
    v_entries bigint; v_unbalanced bigint;
  begin
    if position(new.transfer_id::text in v_proven) > 0 then
      return null;
    end if;
    perform set_config('app.tenant_id', new.tenant_id::text, true);
    select coalesce(sum(n), 0), count(*) filter (where total <> 0) into v_entries, v_unbalanced from (
      select sum(amount) as total, count(*) as n from wallet.entry
       where tenant_id = new.tenant_id and transfer_id = new.transfer_id group by asset_id
    ) per_asset;
    if v_unbalanced > 0 or v_entries < 2 then
      raise exception 'transfer % does not balance per asset', new.transfer_id using errcode = 'CX422';
    end if;
    perform set_config('wallet.balanced_transfers', v_proven || new.transfer_id::text || ',', true);
    return null;
  end $$;

drop trigger if exists entry_balanced on wallet.entry;
create constraint trigger entry_balanced after insert on wallet.entry deferrable initially deferred for each row execute function wallet.entry_balanced();
