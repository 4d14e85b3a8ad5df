-- A tenant's bets of a group, of distinct players, in ONE statement — only when every one would simply be placed;
-- a replay, refusal, stale assumption or a nonce or key taken meanwhile raises CX0GB and nothing is written.
create or replace function games.place_all(p_tenant uuid, p_items jsonb)
 returns jsonb
 language plpgsql
 set enable_hashjoin to 'off'
 set enable_mergejoin to 'off'
 set plan_cache_mode to 'force_generic_plan'
as $$
declare
  v_items int := jsonb_array_length(p_items);
  v_clean int; v_paired int; v_marked int; v_setting text;
begin
  v_setting := set_config('app.tenant_id', p_tenant::text, true);
  with item as (
    select * from jsonb_populate_recordset(null::games.place_item, p_items) with ordinality as i(
      "tenantId", "playerId", key, hash, game, asset, stake, "defaultVariant", "defaultMin", "defaultMax", "singleRound",
      seed, "seedHash", "clientSeed", assumed, id, payout, multiplier, params, outcome, state, ledger, n)
  ), checked as (
    select i.*, x.* from item i cross join lateral (
      select b.id as replay_id, r.kind as restriction, cap.max_stake as cap, cap.spend_order, c.enabled,
             coalesce(c.variant, i."defaultVariant") as variant,
             coalesce(l.min_stake, case when l.tenant_id is null then i."defaultMin" end) as min_stake,
             coalesce(l.max_stake, case when l.tenant_id is null then i."defaultMax" end) as max_stake,
             j.rules as jackpots,
             i."singleRound" and exists (select 1 from games.bet o where o.tenant_id = p_tenant and o.player_id = i."playerId"
               and o.game = i.game and o.status in ('PENDING', 'OPEN', 'CASHING')) as round_open
        from (select 1) one
        left join games.bet b on b.tenant_id = p_tenant and b.player_id = i."playerId" and b.idempotency_key = i.key
        left join lateral (select kind from games.player_restriction
            where tenant_id = p_tenant and player_id = i."playerId" and (until is null or until > now()) limit 1) r on true
        left join lateral (select min(max_stake) as max_stake,
            (array_agg(spend_order order by seq desc) filter (where spend_order is not null and (bonus_games is null or bonus_games @> jsonb_build_array(i.game))))[1] as spend_order
            from games.player_bet_cap where tenant_id = p_tenant and player_id = i."playerId" and asset = i.asset and active) cap on true
        left join games.game_config c on c.tenant_id = p_tenant and c.game = i.game
        left join games.stake_limit l on l.tenant_id = p_tenant and l.game = i.game and l.asset = i.asset
        cross join lateral (select jsonb_agg(jsonb_build_object('jackpotId', jr.jackpot_id, 'type', jr.type,
               'contributionBasisPoints', jr.contribution_basis_points, 'fairnessSlot', jr.fairness_slot, 'tiers', jr.tiers)
               order by jr.jackpot_id) as rules
            from games.jackpot_rule jr
            where jr.tenant_id = p_tenant and jr.asset = i.asset and jr.active and jr.type in ('PROGRESSIVE', 'MUST_DROP')
              and (jr.game_codes is null or jr.game_codes @> jsonb_build_array(i.game))
              and (not jr.opt_in or exists (select 1 from games.jackpot_opt_in o
                where o.tenant_id = p_tenant and o.jackpot_id = jr.jackpot_id and o.player_id = i."playerId" and o.opted_in))) j
    ) x
  ), clean as (
    -- What place_bet would place at once: no replay, no refusal, every assumption still true.
    select * from checked k
     where k.replay_id is null and k.restriction is null and (k.cap is null or k.stake <= k.cap) and k.enabled is not false
       and k.min_stake is not null and k.stake between k.min_stake and k.max_stake and not coalesce(k.round_open, false)
       and k.assumed ->> 'variant' = k.variant and (k.assumed ->> 'spendOrder') is not distinct from k.spend_order
       and coalesce(k.assumed -> 'jackpots', 'null'::jsonb) = coalesce(k.jackpots, 'null'::jsonb)
  ), paired as (
    update games.seed_pair s set nonce = s.nonce + 1
      from clean k
     where (select count(*) from clean) = v_items
       and s.tenant_id = p_tenant and s.player_id = k."playerId" and s.status = 'ACTIVE' and s.id = (k.assumed ->> 'seedPairId')::uuid
       and s.nonce = (k.assumed ->> 'nonce')::int and s.client_seed = k.assumed ->> 'clientSeed'
    returning k.n, s.id as pair_id, s.server_seed_hash, s.client_seed as pair_client_seed, s.nonce - 1 as bet_nonce
  ), placed as (
    insert into games.bet (id, tenant_id, player_id, game, variant, asset, stake, payout, multiplier, status, idempotency_key,
        request_hash, seed_pair_id, server_seed_hash, client_seed, nonce, params, outcome, state, ledger, created_at, updated_at)
    select k.id, p_tenant, k."playerId", k.game, k.variant, k.asset, k.stake, k.payout, k.multiplier, 'PENDING', k.key,
        k.hash, p.pair_id, p.server_seed_hash, p.pair_client_seed, p.bet_nonce, k.params, k.outcome, k.state, k.ledger, now(), now()
      from paired p join clean k on k.n = p.n
    on conflict (tenant_id, player_id, idempotency_key) do nothing
    returning id
  ), marked as (
    insert into games.unsettled_bet (bet_id, tenant_id, since) select id, p_tenant, now() from placed
    returning bet_id
  )
  select (select count(*) from clean), (select count(*) from paired), (select count(*) from marked) into v_clean, v_paired, v_marked;
  if v_clean <> v_items or v_paired <> v_items or v_marked <> v_items then
    raise exception 'the group does not place as one' using errcode = 'CX0GB';
  end if;
  return (select jsonb_agg('{"ok": {"placed": true}}'::jsonb) from generate_series(1, v_items));
end $$;
