import { perItemFunction } from '@casinox/db';
import { Migration } from '@mikro-orm/migrations';

/**
 * A bet in two games statements instead of three calls and about seventeen statements (measured by
 * `npm run bench:bets`: the database's cost is per statement, not per row).
 *
 * place_bet replaces open_bet + insert_bet. The games process remembers each player's seed pair
 * (id, seeds, next nonce) and, per game and asset, what the last call answered (RTP variant, bonus
 * spend order, qualifying jackpot rules); it computes the outcome from them and sends it with those
 * assumptions. ONE read then checks, as open_bet did and in the same order: the key (a replay
 * answers the first bet), responsible-gambling restrictions, the bonus max bet, the game enabled,
 * the stake limits, an open round (single-round games), and recomputes the variant, spend order
 * and jackpot rules. When they all still hold, ONE compare-and-set takes the nonce (same pair, same
 * client seed, the nonce assumed, still ACTIVE: a concurrent rotation or bet makes it miss) and ONE
 * statement inserts the PENDING bet and its unsettled marker. Otherwise nothing is written and the
 * answer is `stale` with the current truth: the process computes again (a cold cache costs the same
 * two round trips as before). Nonces stay strictly +1 per bet, with no gaps: a nonce is only taken
 * together with its bet. A concurrent bet with the same key (the insert found it) rolls the whole
 * call back, nonce included (CX457), and the caller answers that bet.
 *
 * transition_bet: the same contract in one statement (update, unsettled marker, bet.settled outbox
 * row) instead of four. It no longer NOTIFYs inside the transaction (that takes Postgres's one
 * notification lock through the commit's WAL flush, so settling bets queued behind each other): it
 * answers the bet.settled row's seq and the games process notifies after the commit
 * (AfterCommitNotifier), as docs/architecture.md §6 says.
 */
const PLACE_BET = `create function games.place_bet(
    p_tenant uuid, p_player uuid, p_key text, p_request_hash text, p_game text, p_asset text, p_stake bigint,
    p_default_variant text, p_default_min bigint, p_default_max bigint, p_single_round boolean,
    p_seed text, p_seed_hash text, p_client_seed text,
    p_assumed jsonb, p_id uuid, p_payout bigint, p_multiplier numeric, p_params jsonb, p_outcome jsonb, p_state jsonb, p_ledger jsonb)
  returns jsonb language plpgsql as $$
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
end $$;`;

const TRANSITION_BET = `create function games.transition_bet(
    p_tenant uuid, p_bet uuid, p_from text[], p_to text, p_payout bigint, p_multiplier numeric, p_outcome jsonb, p_state jsonb,
    p_transfer uuid, p_rejection text, p_attempted boolean, p_split jsonb) returns table (bet games.bet, event_seq bigint) language plpgsql as $$
declare
  v_bet games.bet;
  v_unfinished boolean := p_to in ('PENDING', 'CASHING');
  v_leaves boolean := 'PENDING' = any (p_from) or 'CASHING' = any (p_from);
begin
  perform set_config('app.tenant_id', p_tenant::text, true);
  with moved as (
    update games.bet set
        status = p_to,
        payout = coalesce(p_payout, payout),
        multiplier = coalesce(p_multiplier, multiplier),
        outcome = coalesce(p_outcome, outcome),
        state = coalesce(p_state, state),
        transfer_id = coalesce(p_transfer, transfer_id),
        rejection_code = coalesce(p_rejection, rejection_code),
        bonus_split = case when p_split is null then bonus_split else coalesce(bonus_split, '{}'::jsonb) || p_split end,
        attempts = attempts + case when p_attempted then 1 else 0 end,
        settled_at = case when p_to in ('SETTLED', 'REJECTED') then now() else settled_at end,
        updated_at = now()
      where tenant_id = p_tenant and id = p_bet and status = any (p_from)
      returning *
  ), marked as (
    insert into games.unsettled_bet (bet_id, tenant_id, since) select id, p_tenant, now() from moved where v_unfinished
      on conflict (bet_id) do update set since = excluded.since
  ), unmarked as (
    delete from games.unsettled_bet u using moved m where u.bet_id = m.id and not v_unfinished and v_leaves
  ), settled as (
    -- Only what applies: most bets carry no contributions, rounds or bonus split.
    insert into games.bet_event (tenant_id, kind, bet_id, player_id, payload, created_at)
    select p_tenant, 'bet.settled', m.id, m.player_id,
        jsonb_build_object('betId', m.id, 'playerId', m.player_id, 'game', m.game, 'asset', m.asset,
          'stake', m.stake::text, 'payout', m.payout::text, 'settledAt', m.settled_at)
        || case when jsonb_array_length(coalesce(m.ledger -> 'jackpots', '[]'::jsonb)) > 0
             then jsonb_build_object('contributions', m.ledger -> 'jackpots') else '{}'::jsonb end
        || case when jsonb_array_length(coalesce(m.ledger -> 'rounds', '[]'::jsonb)) > 0
             then jsonb_build_object('jackpotRounds', m.ledger -> 'rounds') else '{}'::jsonb end
        || case when m.bonus_split is not null then jsonb_build_object('bonusSplit', jsonb_build_object(
             'stakeFromBonus', coalesce(m.bonus_split ->> 'stakeFromBonus', '0'),
             'winToBonus', coalesce(m.bonus_split ->> 'winToBonus', '0'))) else '{}'::jsonb end,
        now()
      from moved m where p_to = 'SETTLED'
  )
  select * into v_bet from moved;
  if not found then
    return;
  end if;
  bet := v_bet;
  event_seq := case when p_to = 'SETTLED' then currval('games.bet_event_seq_seq') end;
  return next;
end $$;`;

/**
 * GROUP COMMIT — place_bets and transition_bets run many bets' calls in ONE transaction (the games
 * process groups the calls that arrive while the previous group is in flight: Batcher in
 * @casinox/db). Each item runs in its own subtransaction, so a refusal (a raised SQLSTATE) undoes
 * that item only and comes back as its answer; the others commit together. Items arrive as JSON
 * (absent keys = SQL NULL); amounts stay decimal strings both ways (perItemFunction in @casinox/db).
 */
const PLACE_BETS = perItemFunction({
  name: 'games.place_bets',
  body: `v_answer := jsonb_build_object('ok', games.place_bet(
        (v_item ->> 'tenantId')::uuid, (v_item ->> 'playerId')::uuid, v_item ->> 'key', v_item ->> 'hash', v_item ->> 'game',
        v_item ->> 'asset', (v_item ->> 'stake')::bigint, v_item ->> 'defaultVariant', (v_item ->> 'defaultMin')::bigint,
        (v_item ->> 'defaultMax')::bigint, (v_item ->> 'singleRound')::boolean, v_item ->> 'seed', v_item ->> 'seedHash',
        v_item ->> 'clientSeed', v_item -> 'assumed', (v_item ->> 'id')::uuid, (v_item ->> 'payout')::bigint,
        (v_item ->> 'multiplier')::numeric, v_item -> 'params', v_item -> 'outcome', v_item -> 'state', v_item -> 'ledger'));`,
});

const TRANSITION_BETS = perItemFunction({
  name: 'games.transition_bets',
  declare: 'v_bet games.bet; v_moved record;',
  body: `select t.* into v_moved from games.transition_bet(
        (v_item ->> 'tenantId')::uuid, (v_item ->> 'betId')::uuid, array(select jsonb_array_elements_text(v_item -> 'from')),
        v_item ->> 'to', null, null, null, null, (v_item ->> 'transfer')::uuid, v_item ->> 'rejection',
        (v_item ->> 'attempted')::boolean, v_item -> 'split') t;
      if not found then
        v_answer := jsonb_build_object('ok', null);
      else
        v_bet := v_moved.bet;
        -- int8 and numeric as strings, as pg returns them (amounts stay exact).
        v_answer := jsonb_build_object('ok', jsonb_build_object(
          'bet', to_jsonb(v_bet) || jsonb_build_object('stake', v_bet.stake::text, 'payout', v_bet.payout::text, 'multiplier', v_bet.multiplier::text),
          'eventSeq', v_moved.event_seq::text));
      end if;`,
});

export class Migration20261223000000OneStepBets extends Migration {
  override up(): void {
    this.addSql(PLACE_BET);
    this.addSql(`drop function games.transition_bet(uuid, uuid, text[], text, bigint, numeric, jsonb, jsonb, uuid, text, boolean, boolean, jsonb);`);
    this.addSql(TRANSITION_BET);
    this.addSql(PLACE_BETS);
    this.addSql(TRANSITION_BETS);
    this.addSql(`drop function games.open_bet(uuid, uuid, text, text, text, text, bigint, text, bigint, bigint, boolean, text, text, text);`);
    this.addSql(`drop function games.insert_bet(uuid, uuid, uuid, text, text, text, text, text, bigint, bigint, numeric, uuid, text, text, int, jsonb, jsonb, jsonb, jsonb);`);
  }
}
