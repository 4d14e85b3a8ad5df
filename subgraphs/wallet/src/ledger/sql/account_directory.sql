-- The accounts of many (holder, type, asset) legs in one read: the wallet process caches them (known postings).
create or replace function wallet.account_directory(p_tenant uuid, p_holders text[], p_types text[], p_assets text[])
 returns table(holder text, type text, asset text, account_id uuid, asset_id uuid)
 language plpgsql
 set plan_cache_mode to 'force_custom_plan'
as $$
declare
  v_setting text;
begin
  v_setting := set_config('app.tenant_id', p_tenant::text, true);
  return query
    select a.holder::text, a.type::text, s.code::text, a.id, a.asset_id
      from unnest(p_holders, p_types, p_assets) as l(holder, type, asset)
      join wallet.asset s on s.code = l.asset
      join wallet.account a on a.tenant_id = p_tenant and a.holder = l.holder and a.type = l.type and a.asset_id = s.id;
end $$;
