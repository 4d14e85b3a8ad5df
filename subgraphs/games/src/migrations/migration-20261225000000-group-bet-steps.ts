import { Migration } from '@mikro-orm/migrations';

/**
 * THE BET STEPS OF A GROUP IN ONE STATEMENT EACH — measured with `npm run bench:bets` and perf on the
 * games backends: with a few statements per bet, executor start-up, the tables' CHECK constraints and
 * the PL/pgSQL loop cost more than the writes.
 *
 * place_all places a tenant's bets of a group, of distinct players, each computed from assumptions
 * (see place_bet in the one-step-bets migration), when every one of them would be placed: ONE
 * statement reads what place_bet reads for each (key, restrictions, bonus max bet, game, limits,
 * open round, variant, spend order, jackpot rules), takes each nonce by the same compare-and-set and
 * inserts the PENDING bets and their markers. If any item would not simply be placed — a replay, a
 * refusal, a stale assumption, a nonce or key taken meanwhile — nothing is written (CX0GB).
 *
 * settle_all moves a tenant's bets of a group, each once, to SETTLED or REJECTED: the bets (each
 * still only from the statuses its item names), their bet.settled outbox rows, the answers in the
 * items' order, as transition_bets answers them.
 *
 * The group functions (place_group, transition_group) call them once per tenant in the group when
 * the games process says the group qualifies (group-steps.ts), and otherwise — or when one raises —
 * go item by item as before (place_bets, transition_bets), where each item gets its own answer.
 *
 * Leaving PENDING or CASHING no longer deletes the bet's recovery marker in the same statement:
 * recovery forgets the markers of finished bets in bulk before it looks for unfinished ones
 * (forget_finished_markers), instead of one delete per settled bet (whose plan, on a table that is
 * mostly dead rows between vacuums, read every one of them).
 */
const SETTLED_EVENT_PAYLOAD = `create function games.settled_event_payload(m games.bet) returns jsonb language sql stable as $$
  -- Only what applies: most bets carry no contributions, rounds or bonus split.
  select jsonb_build_object('betId', m.id, 'playerId', m.player_id, 'game', m.game, 'asset', m.asset,
           'stake', m.stake::text, 'payout', m.payout::text, 'settledAt', m.settled_at)
    || case when jsonb_array_length(coalesce(m.ledger -> 'jackpots', '[]'::jsonb)) > 0
         then jsonb_build_object('contributions', m.ledger -> 'jackpots') else '{}'::jsonb end
    || case when jsonb_array_length(coalesce(m.ledger -> 'rounds', '[]'::jsonb)) > 0
         then jsonb_build_object('jackpotRounds', m.ledger -> 'rounds') else '{}'::jsonb end
    || case when m.bonus_split is not null then jsonb_build_object('bonusSplit', jsonb_build_object(
         'stakeFromBonus', coalesce(m.bonus_split ->> 'stakeFromBonus', '0'),
         'winToBonus', coalesce(m.bonus_split ->> 'winToBonus', '0'))) else '{}'::jsonb end
$$;`;

const SETTLE_ALL = `create function games.settle_all(p_tenant uuid, p_items jsonb) returns jsonb language plpgsql
  set enable_hashjoin = off set enable_mergejoin = off set plan_cache_mode = force_generic_plan as $$
declare
  v_answers jsonb; v_setting text;
begin
  v_setting := set_config('app.tenant_id', p_tenant::text, true);
  with item as (
    select * from jsonb_populate_recordset(null::games.transition_item, p_items)
      with ordinality as i("tenantId", "betId", "from", "to", transfer, rejection, attempted, split, n)
  ), moved as (
    update games.bet b set
        status = i."to",
        transfer_id = coalesce(i.transfer, b.transfer_id),
        rejection_code = coalesce(i.rejection, b.rejection_code),
        bonus_split = case when i.split is null then b.bonus_split else coalesce(b.bonus_split, '{}'::jsonb) || i.split end,
        attempts = b.attempts + case when i.attempted then 1 else 0 end,
        settled_at = now(),
        updated_at = now()
      from item i
     where b.tenant_id = p_tenant and b.id = i."betId" and b.status = any (i."from") and i."to" in ('SETTLED', 'REJECTED')
    returning b
  ), settled as (
    insert into games.bet_event (tenant_id, kind, bet_id, player_id, payload, created_at)
    select p_tenant, 'bet.settled', (m.b).id, (m.b).player_id, games.settled_event_payload(m.b), now()
      from moved m where (m.b).status = 'SETTLED'
    returning seq, bet_id
  )
  select jsonb_agg(jsonb_build_object('ok', case when (m.b).id is null then null else jsonb_build_object(
           -- int8 and numeric as strings, as pg returns them (amounts stay exact).
           'bet', to_jsonb(m.b) || jsonb_build_object('stake', (m.b).stake::text, 'payout', (m.b).payout::text, 'multiplier', (m.b).multiplier::text),
           'eventSeq', s.seq::text) end) order by i.n)
    into v_answers
    from item i
    left join moved m on (m.b).id = i."betId"
    left join settled s on s.bet_id = i."betId";
  return v_answers;
end $$;`;

const PLACE_ALL = `create function games.place_all(p_tenant uuid, p_items jsonb) returns jsonb language plpgsql
  set enable_hashjoin = off set enable_mergejoin = off set plan_cache_mode = force_generic_plan as $$
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
end $$;`;

/**
 * A group function. When the caller says the group may go at once (p_at_once), each tenant's part
 * of it goes as ONE statement (`atOnce`: row-level security scopes a statement to one tenant) and
 * the answers come back in the items' order; when that is not allowed, or raises one of
 * `fallBackOn` (undone whole), the group goes item by item (`byItem`), each item getting its own
 * answer: a replay, a refusal, the current truth.
 */
const groupFunction = (name: string, atOnce: string, byItem: string, fallBackOn: string) => `create function ${name}(p_items jsonb, p_at_once boolean) returns jsonb language plpgsql as $$
declare
  v_out jsonb[]; v_tenant uuid; v_part jsonb; v_at int[]; v_answers jsonb;
begin
  if p_at_once then
    begin
      v_out := array_fill(null::jsonb, array[jsonb_array_length(p_items)]);
      for v_tenant, v_part, v_at in
        select (x.item ->> 'tenantId')::uuid, jsonb_agg(x.item order by x.n), array_agg(x.n::int order by x.n)
          from jsonb_array_elements(p_items) with ordinality as x(item, n) group by 1
      loop
        v_answers := ${atOnce}(v_tenant, v_part);
        for i in 1 .. array_length(v_at, 1) loop
          v_out[v_at[i]] := v_answers -> (i - 1);
        end loop;
      end loop;
      return to_jsonb(v_out);
    exception when ${fallBackOn} then
      v_answers := null;
    end;
  end if;
  return ${byItem}(p_items);
end $$;`;

const PLACE_GROUP = groupFunction('games.place_group', 'games.place_all', 'games.place_bets', `sqlstate 'CX0GB' or unique_violation or deadlock_detected or serialization_failure`);
const TRANSITION_GROUP = groupFunction(
  'games.transition_group',
  'games.settle_all',
  'games.transition_bets',
  'check_violation or not_null_violation or foreign_key_violation or unique_violation or deadlock_detected or serialization_failure',
);

const FORGET_FINISHED_MARKERS = `create function games.forget_finished_markers(p_before timestamptz) returns int language plpgsql as $$
declare
  v_tenant uuid; v_setting text; v_forgotten int := 0; v_count int;
begin
  for v_tenant in select distinct tenant_id from games.unsettled_bet where since < p_before loop
    v_setting := set_config('app.tenant_id', v_tenant::text, true);
    delete from games.unsettled_bet u using games.bet b
     where u.tenant_id = v_tenant and u.since < p_before
       and b.tenant_id = v_tenant and b.id = u.bet_id and b.status not in ('PENDING', 'CASHING');
    get diagnostics v_count = row_count;
    v_forgotten := v_forgotten + v_count;
  end loop;
  return v_forgotten;
end $$;`;

export class Migration20261225000000GroupBetSteps extends Migration {
  override up(): void {
    this.addSql(PLACE_ALL);
    this.addSql(PLACE_GROUP);
    this.addSql(SETTLED_EVENT_PAYLOAD);
    this.addSql(SETTLE_ALL);
    this.addSql(TRANSITION_GROUP);
    this.addSql(FORGET_FINISHED_MARKERS);
  }
}
