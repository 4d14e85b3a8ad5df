import { tenantIsolation } from '@casinox/db';
import { Migration } from '@mikro-orm/migrations';

/**
 * Jackpot contributions and bonus money inside the bet's own wallet transfer (issue 5), with no
 * extra round trip on the bet path:
 * - read models fed by events: `jackpot_rule` (jackpot.rules, latest seq per jackpot),
 *   `jackpot_opt_in` (jackpot.opt-in, latest seq per player and jackpot), and the bonus spend
 *   order / bonus games on `player_bet_cap` (bonus.wagering);
 * - open_bet also answers, in the same statement, with the player's bonus spend order for this
 *   game and asset (`spendOrder`, null = cash only) and the jackpot rules the bet qualifies for
 *   (`jackpots`, null = none): all indexed lookups on the tenant's few rows;
 * - insert_bet stores what the wallet call needs (`ledger`: pool parts, progressive round blocks,
 *   spend order), so the recovery re-drive sends exactly the same request;
 * - transition_bet records the wallet's bonus split (`p_split`, merged into `bonus_split`) and
 *   puts contributions, jackpotRounds and bonusSplit into the bet.settled payload when present.
 */
const OPEN_BET = `create or replace function games.open_bet(
    p_tenant uuid, p_player uuid, p_key text, p_request_hash text, p_game text, p_asset text, p_stake bigint,
    p_default_variant text, p_default_min bigint, p_default_max bigint, p_single_round boolean,
    p_seed text, p_seed_hash text, p_client_seed text) returns jsonb language plpgsql as $$
declare
  v_bet games.bet;
  v_pair games.seed_pair;
  v_config games.game_config;
  v_min bigint;
  v_max bigint;
  v_restriction text;
  v_cap bigint;
  v_spend_order text;
  v_jackpots jsonb;
begin
  perform set_config('app.tenant_id', p_tenant::text, true);
  select * into v_bet from games.bet where tenant_id = p_tenant and player_id = p_player and idempotency_key = p_key;
  if found then
    if v_bet.request_hash <> p_request_hash then
      raise exception 'idempotency key % was used for a different bet', p_key using errcode = 'CX409';
    end if;
    return jsonb_build_object('replay', true, 'betId', v_bet.id);
  end if;
  select kind into v_restriction from games.player_restriction
    where tenant_id = p_tenant and player_id = p_player and (until is null or until > now()) limit 1;
  if found then
    raise exception 'betting is restricted (%)', v_restriction using errcode = 'CX454', detail = v_restriction;
  end if;
  -- One pass over the player's active bonus grants in this asset (primary key prefix): the lowest
  -- max bet, and the spend order of the newest grant whose bonus money may be staked on this game.
  select min(max_stake),
         (array_agg(spend_order order by seq desc) filter (where spend_order is not null and (bonus_games is null or bonus_games @> jsonb_build_array(p_game))))[1]
    into v_cap, v_spend_order
    from games.player_bet_cap
    where tenant_id = p_tenant and player_id = p_player and asset = p_asset and active;
  if v_cap is not null and p_stake > v_cap then
    raise exception 'stake above the bonus max bet %', v_cap using errcode = 'CX456', detail = v_cap::text;
  end if;
  select * into v_config from games.game_config where tenant_id = p_tenant and game = p_game;
  if found and not v_config.enabled then
    raise exception 'game % is not available', p_game using errcode = 'CX451';
  end if;
  select min_stake, max_stake into v_min, v_max from games.stake_limit where tenant_id = p_tenant and game = p_game and asset = p_asset;
  if not found then
    v_min := p_default_min;
    v_max := p_default_max;
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
  -- The contributing jackpots this bet qualifies for (tenant + asset index; opt-in by primary key).
  select jsonb_agg(jsonb_build_object('jackpotId', r.jackpot_id, 'type', r.type,
           'contributionBasisPoints', r.contribution_basis_points, 'fairnessSlot', r.fairness_slot, 'tiers', r.tiers)
           order by r.jackpot_id)
    into v_jackpots
    from games.jackpot_rule r
    where r.tenant_id = p_tenant and r.asset = p_asset and r.active and r.type in ('PROGRESSIVE', 'MUST_DROP')
      and (r.game_codes is null or r.game_codes @> jsonb_build_array(p_game))
      and (not r.opt_in or exists (select 1 from games.jackpot_opt_in o
        where o.tenant_id = p_tenant and o.jackpot_id = r.jackpot_id and o.player_id = p_player and o.opted_in));
  update games.seed_pair set nonce = nonce + 1
    where tenant_id = p_tenant and player_id = p_player and status = 'ACTIVE' returning * into v_pair;
  if not found then
    insert into games.seed_pair (id, tenant_id, player_id, server_seed, server_seed_hash, client_seed, nonce, status, created_at)
      values (gen_random_uuid(), p_tenant, p_player, p_seed, p_seed_hash, p_client_seed, 1, 'ACTIVE', now())
      on conflict (tenant_id, player_id) where status = 'ACTIVE' do nothing
      returning * into v_pair;
    if not found then
      update games.seed_pair set nonce = nonce + 1
        where tenant_id = p_tenant and player_id = p_player and status = 'ACTIVE' returning * into v_pair;
    end if;
  end if;
  return jsonb_build_object('replay', false, 'seedPairId', v_pair.id, 'serverSeed', v_pair.server_seed,
    'serverSeedHash', v_pair.server_seed_hash, 'clientSeed', v_pair.client_seed, 'nonce', v_pair.nonce - 1,
    'variant', coalesce(v_config.variant, p_default_variant), 'spendOrder', v_spend_order, 'jackpots', v_jackpots);
end $$;`;

const INSERT_BET = `create function games.insert_bet(
    p_tenant uuid, p_id uuid, p_player uuid, p_key text, p_request_hash text, p_game text, p_variant text, p_asset text,
    p_stake bigint, p_payout bigint, p_multiplier numeric, p_seed_pair uuid, p_seed_hash text, p_client_seed text,
    p_nonce int, p_params jsonb, p_outcome jsonb, p_state jsonb, p_ledger jsonb) returns boolean language plpgsql as $$
begin
  perform set_config('app.tenant_id', p_tenant::text, true);
  insert into games.bet (id, tenant_id, player_id, game, variant, asset, stake, payout, multiplier, status, idempotency_key,
      request_hash, seed_pair_id, server_seed_hash, client_seed, nonce, params, outcome, state, ledger, created_at, updated_at)
    values (p_id, p_tenant, p_player, p_game, p_variant, p_asset, p_stake, p_payout, p_multiplier, 'PENDING', p_key,
      p_request_hash, p_seed_pair, p_seed_hash, p_client_seed, p_nonce, p_params, p_outcome, p_state, p_ledger, now(), now())
    on conflict (tenant_id, player_id, idempotency_key) do nothing;
  if not found then
    return false;
  end if;
  insert into games.unsettled_bet (bet_id, tenant_id, since) values (p_id, p_tenant, now());
  return true;
end $$;`;

const TRANSITION_BET = `create function games.transition_bet(
    p_tenant uuid, p_bet uuid, p_from text[], p_to text, p_payout bigint, p_multiplier numeric, p_outcome jsonb, p_state jsonb,
    p_transfer uuid, p_rejection text, p_attempted boolean, p_big_win boolean, p_split jsonb) returns setof games.bet language plpgsql as $$
declare
  v_bet games.bet;
  v_seq bigint;
  v_payload jsonb;
begin
  perform set_config('app.tenant_id', p_tenant::text, true);
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
    returning * into v_bet;
  if not found then
    return;
  end if;
  if p_to in ('PENDING', 'CASHING') then
    insert into games.unsettled_bet (bet_id, tenant_id, since) values (p_bet, p_tenant, now())
      on conflict (bet_id) do update set since = excluded.since;
  elsif 'PENDING' = any (p_from) or 'CASHING' = any (p_from) then
    delete from games.unsettled_bet where bet_id = p_bet;
  end if;
  if p_to = 'SETTLED' then
    v_payload := jsonb_build_object(
      'betId', v_bet.id, 'playerId', v_bet.player_id, 'game', v_bet.game, 'asset', v_bet.asset,
      'stake', v_bet.stake::text, 'payout', v_bet.payout::text, 'settledAt', v_bet.settled_at);
    -- Only what applies: most bets carry none of these and the event stays as small as before.
    if jsonb_array_length(coalesce(v_bet.ledger -> 'jackpots', '[]'::jsonb)) > 0 then
      v_payload := v_payload || jsonb_build_object('contributions', v_bet.ledger -> 'jackpots');
    end if;
    if jsonb_array_length(coalesce(v_bet.ledger -> 'rounds', '[]'::jsonb)) > 0 then
      v_payload := v_payload || jsonb_build_object('jackpotRounds', v_bet.ledger -> 'rounds');
    end if;
    if v_bet.bonus_split is not null then
      v_payload := v_payload || jsonb_build_object('bonusSplit', jsonb_build_object(
        'stakeFromBonus', coalesce(v_bet.bonus_split ->> 'stakeFromBonus', '0'),
        'winToBonus', coalesce(v_bet.bonus_split ->> 'winToBonus', '0')));
    end if;
    insert into games.bet_event (tenant_id, kind, bet_id, player_id, payload, created_at)
      values (p_tenant, 'bet.settled', v_bet.id, v_bet.player_id, v_payload, now())
      returning seq into v_seq;
    perform pg_notify('cx_bet_settled', json_build_object('tenantId', p_tenant, 'playerId', v_bet.player_id,
      'betId', v_bet.id, 'seq', v_seq, 'bigWin', p_big_win)::text);
  end if;
  return next v_bet;
end $$;`;

export class Migration20261219000000JackpotRules extends Migration {
  override up(): void {
    this.addSql(`create table "games"."jackpot_rule" ("tenant_id" uuid not null, "jackpot_id" uuid not null, "seq" bigint not null, "type" varchar(16) not null, "active" boolean not null, "asset" varchar(16) not null, "game_codes" jsonb null, "opt_in" boolean not null, "contribution_basis_points" int not null, "fairness_slot" int null, "tiers" jsonb not null, "updated_at" timestamptz not null, primary key ("tenant_id", "jackpot_id"));`);
    this.addSql(`create index "jackpot_rule_tenant_id_asset_index" on "games"."jackpot_rule" ("tenant_id", "asset");`);
    for (const sql of tenantIsolation('games.jackpot_rule')) this.addSql(sql);
    this.addSql(`create table "games"."jackpot_opt_in" ("tenant_id" uuid not null, "jackpot_id" uuid not null, "player_id" uuid not null, "opted_in" boolean not null, "seq" bigint not null, "updated_at" timestamptz not null, primary key ("tenant_id", "jackpot_id", "player_id"));`);
    for (const sql of tenantIsolation('games.jackpot_opt_in')) this.addSql(sql);
    this.addSql(`alter table "games"."player_bet_cap" add column "spend_order" varchar(16) null, add column "bonus_games" jsonb null;`);
    this.addSql(`alter table "games"."bet" add column "ledger" jsonb null, add column "bonus_split" jsonb null;`);
    this.addSql(OPEN_BET);
    this.addSql(`drop function games.insert_bet(uuid, uuid, uuid, text, text, text, text, text, bigint, bigint, numeric, uuid, text, text, int, jsonb, jsonb, jsonb);`);
    this.addSql(INSERT_BET);
    this.addSql(`drop function games.transition_bet(uuid, uuid, text[], text, bigint, numeric, jsonb, jsonb, uuid, text, boolean, boolean);`);
    this.addSql(TRANSITION_BET);
  }
}
