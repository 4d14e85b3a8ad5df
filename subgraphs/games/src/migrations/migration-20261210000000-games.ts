import { appendOnly } from '@casinox/db';
import { Migration } from '@mikro-orm/migrations';

/**
 * The bet hot path as three statements (see bet.service.ts): open_bet (idempotency, restrictions,
 * game config, stake limits, the nonce), insert_bet (the PENDING recovery point) and transition_bet
 * (every status change; on SETTLED also the bet.settled outbox row and the live NOTIFY, atomically). Business
 * refusals raise custom SQLSTATEs the service maps to stable codes:
 *   CX409 IDEMPOTENCY_KEY_REUSED · CX451 GAME_DISABLED · CX452 STAKE_OUT_OF_LIMITS ·
 *   CX453 ASSET_NOT_SUPPORTED · CX454 RESPONSIBLE_GAMBLING · CX455 ROUND_OPEN
 */
const FUNCTIONS = [
  `create or replace function games.open_bet(
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
    'variant', coalesce(v_config.variant, p_default_variant));
end $$;`,

  `create or replace function games.insert_bet(
    p_tenant uuid, p_id uuid, p_player uuid, p_key text, p_request_hash text, p_game text, p_variant text, p_asset text,
    p_stake bigint, p_payout bigint, p_multiplier numeric, p_seed_pair uuid, p_seed_hash text, p_client_seed text,
    p_nonce int, p_params jsonb, p_outcome jsonb, p_state jsonb) returns boolean language plpgsql as $$
begin
  perform set_config('app.tenant_id', p_tenant::text, true);
  insert into games.bet (id, tenant_id, player_id, game, variant, asset, stake, payout, multiplier, status, idempotency_key,
      request_hash, seed_pair_id, server_seed_hash, client_seed, nonce, params, outcome, state, created_at, updated_at)
    values (p_id, p_tenant, p_player, p_game, p_variant, p_asset, p_stake, p_payout, p_multiplier, 'PENDING', p_key,
      p_request_hash, p_seed_pair, p_seed_hash, p_client_seed, p_nonce, p_params, p_outcome, p_state, now(), now())
    on conflict (tenant_id, player_id, idempotency_key) do nothing;
  if not found then
    return false;
  end if;
  insert into games.unsettled_bet (bet_id, tenant_id, since) values (p_id, p_tenant, now());
  return true;
end $$;`,

  `create or replace function games.transition_bet(
    p_tenant uuid, p_bet uuid, p_from text[], p_to text, p_payout bigint, p_multiplier numeric, p_outcome jsonb, p_state jsonb,
    p_transfer uuid, p_rejection text, p_attempted boolean, p_big_win boolean) returns setof games.bet language plpgsql as $$
declare
  v_bet games.bet;
  v_seq bigint;
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
    insert into games.bet_event (tenant_id, kind, bet_id, player_id, payload, created_at)
      values (p_tenant, 'bet.settled', v_bet.id, v_bet.player_id, jsonb_build_object(
        'betId', v_bet.id, 'playerId', v_bet.player_id, 'game', v_bet.game, 'asset', v_bet.asset,
        'stake', v_bet.stake::text, 'payout', v_bet.payout::text, 'settledAt', v_bet.settled_at), now())
      returning seq into v_seq;
    perform pg_notify('cx_bet_settled', json_build_object('tenantId', p_tenant, 'playerId', v_bet.player_id,
      'betId', v_bet.id, 'seq', v_seq, 'bigWin', p_big_win)::text);
  end if;
  return next v_bet;
end $$;`,
];

/**
 * The games schema: per-tenant game configuration and stake limits, provably fair seed pairs,
 * bets, the bet.settled outbox and the responsible-gambling read model. Tables are column for
 * column equal to the entities (the drift check compares them); the hot path is PL/pgSQL above.
 */
export class Migration20261210000000Games extends Migration {
  override up(): void {
    this.addSql(`create table "games"."bet" ("id" uuid not null, "tenant_id" uuid not null, "player_id" uuid not null, "game" varchar(16) not null, "variant" varchar(32) not null, "asset" varchar(16) not null, "stake" bigint not null, "payout" bigint null, "multiplier" numeric(24,8) null, "status" text not null, "idempotency_key" varchar(120) not null, "request_hash" varchar(64) not null, "seed_pair_id" uuid not null, "server_seed_hash" varchar(64) not null, "client_seed" varchar(64) not null, "nonce" int not null, "params" jsonb not null, "outcome" jsonb not null, "state" jsonb null, "rejection_code" varchar(32) null, "transfer_id" uuid null, "attempts" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, "settled_at" timestamptz null, primary key ("id"));`);
    // Room on each page for the settlement UPDATE's new row version: a HOT update, no index writes.
    this.addSql(`alter table "games"."bet" set (fillfactor = 80);`);
    this.addSql(`create index "bet_tenant_id_player_id_created_at_id_index" on "games"."bet" ("tenant_id", "player_id", "created_at", "id");`);
    this.addSql(`create index "bet_tenant_id_created_at_id_index" on "games"."bet" ("tenant_id", "created_at", "id");`);
    this.addSql(`alter table "games"."bet" add constraint "bet_seed_pair_id_nonce_unique" unique ("seed_pair_id", "nonce");`);
    this.addSql(`alter table "games"."bet" add constraint "bet_tenant_id_player_id_idempotency_key_unique" unique ("tenant_id", "player_id", "idempotency_key");`);
    this.addSql(`create table "games"."bet_event" ("seq" bigserial primary key, "tenant_id" uuid not null, "kind" varchar(32) not null, "bet_id" uuid not null, "player_id" uuid not null, "payload" jsonb not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "bet_event_tenant_id_seq_index" on "games"."bet_event" ("tenant_id", "seq");`);
    this.addSql(`create table "games"."game_config" ("tenant_id" uuid not null, "game" varchar(16) not null, "enabled" boolean not null, "variant" varchar(32) not null, "updated_by" uuid null, "updated_at" timestamptz not null, primary key ("tenant_id", "game"));`);
    this.addSql(`create table "games"."player_restriction" ("tenant_id" uuid not null, "player_id" uuid not null, "kind" varchar(32) not null, "until" timestamptz null, "reason" varchar(200) null, "updated_at" timestamptz not null, primary key ("tenant_id", "player_id", "kind"));`);
    this.addSql(`create table "games"."seed_pair" ("id" uuid not null, "tenant_id" uuid not null, "player_id" uuid not null, "server_seed" varchar(64) not null, "server_seed_hash" varchar(64) not null, "client_seed" varchar(64) not null, "nonce" int not null default 0, "status" text not null default 'ACTIVE', "created_at" timestamptz not null, "revealed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create unique index "seed_pair_one_active_per_player" on "games"."seed_pair" ("tenant_id", "player_id") where status = 'ACTIVE';`);
    this.addSql(`create index "seed_pair_tenant_id_player_id_created_at_index" on "games"."seed_pair" ("tenant_id", "player_id", "created_at");`);
    this.addSql(`create table "games"."unsettled_bet" ("bet_id" uuid not null, "tenant_id" uuid not null, "since" timestamptz not null, primary key ("bet_id"));`);
    this.addSql(`create index "unsettled_bet_since_index" on "games"."unsettled_bet" ("since");`);
    this.addSql(`create table "games"."stake_limit" ("tenant_id" uuid not null, "game" varchar(16) not null, "asset" varchar(16) not null, "min_stake" bigint not null, "max_stake" bigint not null, "updated_at" timestamptz not null, primary key ("tenant_id", "game", "asset"));`);
    this.addSql(`alter table "games"."bet" add constraint "bet_payout_check" check (payout >= 0);`);
    this.addSql(`alter table "games"."bet" add constraint "bet_stake_check" check (stake > 0);`);
    this.addSql(`alter table "games"."bet" add constraint "bet_status_check" check ("status" in ('PENDING', 'OPEN', 'CASHING', 'SETTLED', 'REJECTED'));`);
    this.addSql(`alter table "games"."bet" enable row level security;`);
    this.addSql(`alter table "games"."bet" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "games"."bet" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`alter table "games"."bet_event" enable row level security;`);
    this.addSql(`alter table "games"."bet_event" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "games"."bet_event" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`alter table "games"."game_config" enable row level security;`);
    this.addSql(`alter table "games"."game_config" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "games"."game_config" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`alter table "games"."player_restriction" enable row level security;`);
    this.addSql(`alter table "games"."player_restriction" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "games"."player_restriction" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`alter table "games"."seed_pair" add constraint "seed_pair_nonce_check" check (nonce >= 0);`);
    this.addSql(`alter table "games"."seed_pair" add constraint "seed_pair_status_check" check ("status" in ('ACTIVE', 'REVEALED'));`);
    this.addSql(`alter table "games"."seed_pair" enable row level security;`);
    this.addSql(`alter table "games"."seed_pair" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "games"."seed_pair" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`alter table "games"."stake_limit" add constraint "stake_limit_range_check" check (min_stake > 0 and max_stake >= min_stake);`);
    this.addSql(`alter table "games"."stake_limit" enable row level security;`);
    this.addSql(`alter table "games"."stake_limit" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "games"."stake_limit" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    for (const sql of appendOnly('games.bet_event')) this.addSql(sql);
    for (const sql of FUNCTIONS) this.addSql(sql);
  }
}
