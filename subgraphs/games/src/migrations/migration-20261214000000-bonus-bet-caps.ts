import { tenantIsolation } from '@casinox/db';
import { Migration } from '@mikro-orm/migrations';

/**
 * The bonus max-bet rule (issue 5): games keeps a read model of the players' active bonus
 * wagering limits, fed by the bonus.wagering events of the bonus subgraph (off the bet's
 * synchronous path: no call to bonus per bet), and open_bet refuses a stake above it with
 * CX456 MAX_BET_EXCEEDED before the nonce is taken or any money moves. open_bet is otherwise
 * unchanged from migration 20261210.
 */
export class Migration20261214000000BonusBetCaps extends Migration {
  override up(): void {
    this.addSql(`create table "games"."player_bet_cap" ("tenant_id" uuid not null, "player_id" uuid not null, "grant_id" uuid not null, "asset" varchar(16) not null, "max_stake" bigint null, "active" boolean not null, "seq" bigint not null, "updated_at" timestamptz not null, primary key ("tenant_id", "player_id", "grant_id"));`);
    for (const sql of tenantIsolation('games.player_bet_cap')) this.addSql(sql);
    this.addSql(
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
  v_cap bigint;
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
  select max_stake into v_cap from games.player_bet_cap
    where tenant_id = p_tenant and player_id = p_player and asset = p_asset and active and max_stake is not null
    order by max_stake limit 1;
  if found and p_stake > v_cap then
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
end $$;`
    );
  }
}
