-- Finds or opens (first use) the account of a holder, type and asset; binds a player to one tenant (CX403).
create or replace function wallet.ledger_account(p_tenant uuid, p_asset text, p_type text, p_holder text, out account_id uuid, out asset_id uuid)
 returns record
 language plpgsql
as $$
declare v_bound uuid;
begin
  select a.id, a.asset_id into account_id, asset_id from wallet.account a join wallet.asset s on s.id = a.asset_id
   where a.tenant_id = p_tenant and a.holder = p_holder and a.type = p_type and s.code = p_asset;
  if found then return; end if;
  -- First use: row-level security shows the platform's assets and this tenant's own.
  select s.id into asset_id from wallet.asset s where s.code = p_asset;
  if not found then
    if p_asset <> 'CREDITS' then
      raise exception 'unknown asset %', p_asset using errcode = 'CX404';
    end if;
    insert into wallet.asset (id, tenant_id, code, kind, scale, created_at)
    values (gen_random_uuid(), p_tenant, 'CREDITS', 'CREDITS', 0, now()) on conflict do nothing;
    select s.id into asset_id from wallet.asset s where s.code = p_asset and s.tenant_id = p_tenant;
  end if;
  if p_type in ('PLAYER_CASH', 'PLAYER_BONUS') then
    insert into wallet.ledger_player (player_id, tenant_id, created_at) values (p_holder::uuid, p_tenant, now()) on conflict do nothing;
    select l.tenant_id into v_bound from wallet.ledger_player l where l.player_id = p_holder::uuid;
    if v_bound <> p_tenant then
      raise exception 'player % belongs to another tenant', p_holder using errcode = 'CX403';
    end if;
  end if;
  insert into wallet.ledger_tenant (tenant_id, created_at) values (p_tenant, now()) on conflict do nothing;
  insert into wallet.account (id, tenant_id, holder, asset_id, type, balance, held, created_at, updated_at)
  values (gen_random_uuid(), p_tenant, p_holder, asset_id, p_type, case when p_type in ('PLAYER_CASH', 'PLAYER_BONUS') then 0 end, 0, now(), now())
  on conflict do nothing;
  select a.id into account_id from wallet.account a
   where a.tenant_id = p_tenant and a.holder = p_holder and a.asset_id = ledger_account.asset_id and a.type = p_type;
end $$;
