-- The derived balance of each named jackpot pool in one asset (0 for a pool never posted to).
create or replace function wallet.pool_balances(p_tenant uuid, p_asset text, p_pools text[])
 returns jsonb
 language plpgsql
as $$
begin
  perform set_config('app.tenant_id', p_tenant::text, true);
  return coalesce((
    select jsonb_agg(jsonb_build_object('pool', p.pool, 'balance', coalesce((
             select sum(e.amount) from wallet.account a
               join wallet.asset s on s.id = a.asset_id
               join wallet.entry e on e.tenant_id = a.tenant_id and e.account_id = a.id
              where a.tenant_id = p_tenant and a.type = 'JACKPOT_POOL' and a.holder = p.pool and s.code = p_asset), 0)::text)
           order by p.n)
      from unnest(p_pools) with ordinality as p(pool, n)), '[]'::jsonb);
end $$;
