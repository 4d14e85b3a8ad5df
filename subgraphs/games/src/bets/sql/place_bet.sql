-- A bet computed by the games process from its assumptions, checked and placed in one call: ONE read checks the
-- key, restrictions, bonus max bet, game, limits and round; ONE compare-and-set takes the nonce; ONE insert. Else `stale`.
create or replace function games.place_bet(p_tenant uuid, p_player uuid, p_key text, p_request_hash text, p_game text, p_asset text, p_stake bigint, p_default_variant text, p_default_min bigint, p_default_max bigint, p_single_round boolean, p_seed text, p_seed_hash text, p_client_seed text, p_assumed jsonb, p_id uuid, p_payout bigint, p_multiplier numeric, p_params jsonb, p_outcome jsonb, p_state jsonb, p_ledger jsonb)
 returns jsonb
 language plpgsql
as $$
declare
  v_replay_id uuid; v_replay_hash text;
  v_restriction text; v_cap bigint; v_spend_order text;
  v_enabled boolean; v_variant text; v_min bigint; v_max bigint;
  v_jackpots jsonb;
  v_pair games.seed_pair;
begin
  perform set_config('app.tenant_id', p_tenant::text, true);
  select b.id, b.request_hash, r.kind, cap.max_stake, cap.spend_order, c.enabled, coalesce(c.variant, p_default_variant),
         coalesce(l.min_stake, case when l.tenant_id is null then p_default_min end),
         coalesce(l.max_stake, case when l.tenant_id is null then p_default_max end), j.rules
    into v_replay_id, v_replay_hash, v_restriction, v_cap, v_spend_order, v_enabled, v_variant, v_min, v_max, v_jackpots
    from (select 1) one
    left join games.bet b on b.tenant_id = p_tenant and b.player_id = p_player and b.idempotency_key = p_key
    left join lateral (select kind from games.player_restriction
        where tenant_id = p_tenant and player_id = p_player and (until is null or until > now()) limit 1) r on true
    -- The player's active bonus grants in this asset: the lowest max bet, and the spend order of the
    -- newest grant whose bonus money may be staked on this game.
    left join lateral (select min(max_stake) as max_stake,
        (array_agg(spend_order order by seq desc) filter (where spend_order is not null and (bonus_games is null or bonus_games @> jsonb_build_array(p_game))))[1] as spend_order
        from games.player_bet_cap where tenant_id = p_tenant and player_id = p_player and asset = p_asset and active) cap on true
    left join games.game_config c on c.tenant_id = p_tenant and c.game = p_game
    left join games.stake_limit l on l.tenant_id = p_tenant and l.game = p_game and l.asset = p_asset
    -- The contributing jackpots this bet qualifies for (tenant + asset index; opt-in by primary key).
    cross join lateral (select jsonb_agg(jsonb_build_object('jackpotId', jr.jackpot_id, 'type', jr.type,
           'contributionBasisPoints', jr.contribution_basis_points, 'fairnessSlot', jr.fairness_slot, 'tiers', jr.tiers)
           order by jr.jackpot_id) as rules
        from games.jackpot_rule jr
        where jr.tenant_id = p_tenant and jr.asset = p_asset and jr.active and jr.type in ('PROGRESSIVE', 'MUST_DROP')
          and (jr.game_codes is null or jr.game_codes @> jsonb_build_array(p_game))
          and (not jr.opt_in or exists (select 1 from games.jackpot_opt_in o
            where o.tenant_id = p_tenant and o.jackpot_id = jr.jackpot_id and o.player_id = p_player and o.opted_in))) j;

  if v_replay_id is not null then
    if v_replay_hash <> p_request_hash then
      raise exception 'idempotency key % was used for a different bet', p_key using errcode = 'CX409';
    end if;
    return jsonb_build_object('replay', true, 'betId', v_replay_id);
  end if;
  if v_restriction is not null then
    raise exception 'betting is restricted (%)', v_restriction using errcode = 'CX454', detail = v_restriction;
  end if;
  if v_cap is not null and p_stake > v_cap then
    raise exception 'stake above the bonus max bet %', v_cap using errcode = 'CX456', detail = v_cap::text;
  end if;
  if v_enabled is false then
    raise exception 'game % is not available', p_game using errcode = 'CX451';
  end if;
  if v_min is null then
    raise exception 'game % cannot be played in %', p_game, p_asset using errcode = 'CX453';
  end if;
  if p_stake < v_min or p_stake > v_max then
    raise exception 'stake must be between % and %', v_min, v_max using errcode = 'CX452', detail = v_min::text || ':' || v_max::text;
  end if;
  if p_single_round and exists (select 1 from games.bet where tenant_id = p_tenant and player_id = p_player and game = p_game and status in ('PENDING', 'OPEN', 'CASHING')) then
    raise exception 'a % round is already open', p_game using errcode = 'CX455';
  end if;

  if p_assumed is not null and p_assumed ->> 'variant' = v_variant
     and (p_assumed ->> 'spendOrder') is not distinct from v_spend_order
     and coalesce(p_assumed -> 'jackpots', 'null'::jsonb) = coalesce(v_jackpots, 'null'::jsonb) then
    update games.seed_pair set nonce = nonce + 1
      where tenant_id = p_tenant and player_id = p_player and status = 'ACTIVE' and id = (p_assumed ->> 'seedPairId')::uuid
        and nonce = (p_assumed ->> 'nonce')::int and client_seed = p_assumed ->> 'clientSeed'
      returning * into v_pair;
    if found then
      with placed as (
        insert into games.bet (id, tenant_id, player_id, game, variant, asset, stake, payout, multiplier, status, idempotency_key,
            request_hash, seed_pair_id, server_seed_hash, client_seed, nonce, params, outcome, state, ledger, created_at, updated_at)
          values (p_id, p_tenant, p_player, p_game, v_variant, p_asset, p_stake, p_payout, p_multiplier, 'PENDING', p_key,
            p_request_hash, v_pair.id, v_pair.server_seed_hash, v_pair.client_seed, v_pair.nonce - 1, p_params, p_outcome, p_state, p_ledger, now(), now())
          on conflict (tenant_id, player_id, idempotency_key) do nothing
          returning id
      )
      insert into games.unsettled_bet (bet_id, tenant_id, since) select id, p_tenant, now() from placed;
      if not found then
        raise exception 'idempotency key % is in use by a concurrent bet', p_key using errcode = 'CX457';
      end if;
      return jsonb_build_object('placed', true);
    end if;
  end if;

  -- Stale assumptions (or none yet): the current truth, nothing written but a first seed pair.
  select * into v_pair from games.seed_pair where tenant_id = p_tenant and player_id = p_player and status = 'ACTIVE';
  if not found then
    insert into games.seed_pair (id, tenant_id, player_id, server_seed, server_seed_hash, client_seed, nonce, status, created_at)
      values (gen_random_uuid(), p_tenant, p_player, p_seed, p_seed_hash, p_client_seed, 0, 'ACTIVE', now())
      on conflict (tenant_id, player_id) where status = 'ACTIVE' do nothing
      returning * into v_pair;
    if not found then
      select * into v_pair from games.seed_pair where tenant_id = p_tenant and player_id = p_player and status = 'ACTIVE';
    end if;
  end if;
  return jsonb_build_object('stale', true, 'seedPairId', v_pair.id, 'serverSeed', v_pair.server_seed,
    'serverSeedHash', v_pair.server_seed_hash, 'clientSeed', v_pair.client_seed, 'nonce', v_pair.nonce,
    'variant', v_variant, 'spendOrder', v_spend_order, 'jackpots', v_jackpots);
end $$;
