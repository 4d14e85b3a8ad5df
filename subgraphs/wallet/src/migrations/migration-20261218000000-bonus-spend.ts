import { appendOnly } from '@casinox/db';
import { Migration } from '@mikro-orm/migrations';

/**
 * Bonus money in bets, several jackpot pools per stake, ledger reads for the other subgraphs, and
 * the wallet's own transactional outbox. Hand-written, column-for-column equal to the entities.
 *
 * BONUS SPEND — a bet that names a spend order pays its stake from PLAYER_CASH and PLAYER_BONUS,
 * split against the balances the posting itself sees: `wallet.post_split_bet` claims the key, locks
 * both player rows (cash, then bonus), splits (`wallet.split_stake`, `wallet.split_win`: the SQL
 * twins of ledger/split-stake.ts and ledger/split-win.ts, proven equal by an integration test) and
 * writes the transfer, in ONE statement — no read-then-write race, nothing to retry. The split is
 * stored in the transfer's metadata and in the idempotency record's result, so a replay returns
 * it; the key is bound to the request (spend order and pools included), never to the split.
 * Bets without a spend order keep the unchanged one-statement `post_transfer` path.
 *
 * OUTBOX — `wallet.wallet_event` (no row-level security: only the relay reads it, across tenants,
 * in seq order) receives `wallet.deposit-completed` and `wallet.withdrawal-requested` rows from the
 * very transaction that completed the deposit or accepted the withdrawal; `wallet.outbox_cursor`
 * records how far the relay moved each kind onto the event bus.
 */
export class Migration20261218000000BonusSpend extends Migration {
  override up(): void {
    this.addSql(`create table "wallet"."wallet_event" ("seq" bigserial primary key, "tenant_id" uuid not null, "kind" text not null, "payload" jsonb not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "wallet_event_kind_seq_index" on "wallet"."wallet_event" ("kind", "seq");`);
    for (const sql of appendOnly('wallet.wallet_event')) this.addSql(sql);
    this.addSql(`create table "wallet"."outbox_cursor" ("name" varchar(64) not null, "seq" bigint not null, "updated_at" timestamptz not null, primary key ("name"));`);
    this.addSql(`insert into "wallet"."outbox_cursor" ("name", "seq", "updated_at") values ('wallet.deposit-completed', 0, now()), ('wallet.withdrawal-requested', 0, now());`);
    this.addSql(BONUS_SPEND_FUNCTIONS);
  }
}

const BONUS_SPEND_FUNCTIONS = `
-- How a stake is paid from available cash and bonus money (null, null: they cannot cover it).
create or replace function wallet.split_stake(p_stake bigint, p_cash bigint, p_bonus bigint, p_order text, out from_cash bigint, out from_bonus bigint)
language plpgsql immutable as $$
begin
  if p_stake <= 0 or p_cash < 0 or p_bonus < 0 or p_order not in ('REAL_FIRST', 'BONUS_FIRST') then
    raise exception 'split_stake(%, %, %, %) is out of its domain', p_stake, p_cash, p_bonus, p_order using errcode = 'CX422';
  end if;
  if p_cash::numeric + p_bonus < p_stake then
    return;
  end if;
  if p_order = 'REAL_FIRST' then
    from_cash := least(p_cash, p_stake);
    from_bonus := p_stake - from_cash;
  else
    from_bonus := least(p_bonus, p_stake);
    from_cash := p_stake - from_bonus;
  end if;
end $$;

-- The bonus share of a win: floor(win × from_bonus / stake), the remainder (rounding) to cash.
create or replace function wallet.split_win(p_win bigint, p_from_cash bigint, p_from_bonus bigint) returns bigint
language sql immutable as $$
  select case when p_from_cash + p_from_bonus = 0 then 0::bigint
              else floor(p_win::numeric * p_from_bonus / (p_from_cash::numeric + p_from_bonus))::bigint end
$$;

-- A bet (p_win null) or bet+win whose stake draws on bonus money in p_order: one request, whole.
-- Legs: cash and bonus debits, the house's share of the stake, each pool's contribution, then the
-- win from the house to cash and bonus in proportion. p_metadata gains the split.
create or replace function wallet.post_split_bet(
  p_tenant uuid, p_key text, p_hash text, p_operation text, p_kind text, p_player uuid, p_reference text, p_metadata jsonb,
  p_asset text, p_order text, p_stake bigint, p_win bigint, p_pools text[], p_pool_amounts bigint[]
) returns jsonb
language plpgsql as $$
declare
  v_result jsonb; v_cash uuid; v_bonus uuid; v_cash_available bigint; v_bonus_available bigint;
  v_from_cash bigint; v_from_bonus bigint; v_win bigint := coalesce(p_win, 0); v_win_bonus bigint := 0; v_pooled bigint := 0;
  v_assets text[] := '{}'; v_types text[] := '{}'; v_holders text[] := '{}'; v_amounts bigint[] := '{}';
  v_split jsonb; i int;
begin
  v_result := wallet.claim_idempotency_key(p_tenant, p_key, p_hash, p_operation);
  if v_result is not null then return v_result; end if;
  select l.account_id into v_cash from wallet.ledger_account(p_tenant, p_asset, 'PLAYER_CASH', p_player::text) l;
  select l.account_id into v_bonus from wallet.ledger_account(p_tenant, p_asset, 'PLAYER_BONUS', p_player::text) l;
  -- The split is computed against exactly the balances the debits below will see.
  select a.balance - a.held into v_cash_available from wallet.account a where a.id = v_cash for update;
  select a.balance - a.held into v_bonus_available from wallet.account a where a.id = v_bonus for update;
  select s.from_cash, s.from_bonus into v_from_cash, v_from_bonus from wallet.split_stake(p_stake, v_cash_available, v_bonus_available, p_order) s;
  if v_from_cash is null then
    raise exception 'insufficient funds: cash % and bonus % cannot cover %', v_cash_available, v_bonus_available, p_stake using errcode = 'CX402';
  end if;
  if v_win > 0 then
    v_win_bonus := wallet.split_win(v_win, v_from_cash, v_from_bonus);
  end if;

  if v_from_cash > 0 then
    v_assets := v_assets || p_asset; v_types := v_types || 'PLAYER_CASH'::text; v_holders := v_holders || p_player::text; v_amounts := v_amounts || -v_from_cash;
  end if;
  if v_from_bonus > 0 then
    v_assets := v_assets || p_asset; v_types := v_types || 'PLAYER_BONUS'::text; v_holders := v_holders || p_player::text; v_amounts := v_amounts || -v_from_bonus;
  end if;
  for i in 1 .. coalesce(array_length(p_pool_amounts, 1), 0) loop
    if p_pool_amounts[i] < 0 then
      raise exception 'a jackpot contribution cannot be negative' using errcode = 'CX422';
    end if;
    v_pooled := v_pooled + p_pool_amounts[i];
  end loop;
  if v_pooled > p_stake then
    raise exception 'the jackpot contributions exceed the stake' using errcode = 'CX422';
  end if;
  if p_stake - v_pooled > 0 then
    v_assets := v_assets || p_asset; v_types := v_types || 'HOUSE'::text; v_holders := v_holders || ''::text; v_amounts := v_amounts || (p_stake - v_pooled);
  end if;
  for i in 1 .. coalesce(array_length(p_pool_amounts, 1), 0) loop
    if p_pool_amounts[i] > 0 then
      v_assets := v_assets || p_asset; v_types := v_types || 'JACKPOT_POOL'::text; v_holders := v_holders || p_pools[i]; v_amounts := v_amounts || p_pool_amounts[i];
    end if;
  end loop;
  if v_win > 0 then
    v_assets := v_assets || p_asset; v_types := v_types || 'HOUSE'::text; v_holders := v_holders || ''::text; v_amounts := v_amounts || -v_win;
    if v_win - v_win_bonus > 0 then
      v_assets := v_assets || p_asset; v_types := v_types || 'PLAYER_CASH'::text; v_holders := v_holders || p_player::text; v_amounts := v_amounts || (v_win - v_win_bonus);
    end if;
    if v_win_bonus > 0 then
      v_assets := v_assets || p_asset; v_types := v_types || 'PLAYER_BONUS'::text; v_holders := v_holders || p_player::text; v_amounts := v_amounts || v_win_bonus;
    end if;
  end if;

  v_split := jsonb_build_object('stakeFromCash', v_from_cash::text, 'stakeFromBonus', v_from_bonus::text,
    'winToCash', (v_win - v_win_bonus)::text, 'winToBonus', v_win_bonus::text);
  v_result := wallet.write_transfer(p_tenant, gen_random_uuid(), p_kind, p_key, p_player, p_reference, null,
    coalesce(p_metadata, '{}'::jsonb) || jsonb_build_object('spendOrder', p_order, 'split', v_split),
    v_assets, v_types, v_holders, v_amounts);
  v_result := v_result || jsonb_build_object('split', v_split);
  update wallet.idempotency_record set result = v_result where tenant_id = p_tenant and key = p_key;
  return v_result || jsonb_build_object('replayed', false);
end $$;

-- post_transfer, with p_note merged into the result it stores and returns (a replay answers it too).
create or replace function wallet.post_transfer_noting(
  p_tenant uuid, p_key text, p_hash text, p_operation text, p_kind text, p_player uuid, p_reference text, p_metadata jsonb,
  p_assets text[], p_types text[], p_holders text[], p_amounts bigint[], p_note jsonb
) returns jsonb
language plpgsql as $$
declare v_result jsonb;
begin
  v_result := wallet.claim_idempotency_key(p_tenant, p_key, p_hash, p_operation);
  if v_result is not null then return v_result; end if;
  v_result := wallet.write_transfer(p_tenant, gen_random_uuid(), p_kind, p_key, p_player, p_reference, null, p_metadata,
    p_assets, p_types, p_holders, p_amounts) || coalesce(p_note, '{}'::jsonb);
  update wallet.idempotency_record set result = v_result where tenant_id = p_tenant and key = p_key;
  return v_result || jsonb_build_object('replayed', false);
end $$;

-- How the stake of the bet keyed p_bet_key was paid by p_player (0, 0 when there is no such bet).
create or replace function wallet.bet_stake_split(p_tenant uuid, p_bet_key text, p_player text, out from_cash bigint, out from_bonus bigint)
language plpgsql as $$
begin
  perform set_config('app.tenant_id', p_tenant::text, true);
  select coalesce(sum(-e.amount) filter (where a.type = 'PLAYER_CASH'), 0), coalesce(sum(-e.amount) filter (where a.type = 'PLAYER_BONUS'), 0)
    into from_cash, from_bonus
    from wallet.transfer t
    join wallet.entry e on e.tenant_id = t.tenant_id and e.transfer_id = t.id
    join wallet.account a on a.id = e.account_id
   where t.tenant_id = p_tenant and t.idempotency_key = p_bet_key and e.amount < 0
     and a.holder = p_player and a.type in ('PLAYER_CASH', 'PLAYER_BONUS');
end $$;

-- A player's cash and bonus accounts (every asset, or one), as the internal API reports balances.
create or replace function wallet.player_balances(p_tenant uuid, p_player text, p_asset text) returns jsonb
language plpgsql as $$
begin
  perform set_config('app.tenant_id', p_tenant::text, true);
  return coalesce((
    select jsonb_agg(jsonb_build_object('accountType', a.type, 'asset', s.code, 'balance', a.balance::text, 'available', (a.balance - a.held)::text)
                     order by s.code, a.type)
      from wallet.account a join wallet.asset s on s.id = a.asset_id
     where a.tenant_id = p_tenant and a.holder = p_player and a.type in ('PLAYER_CASH', 'PLAYER_BONUS')
       and (p_asset is null or s.code = p_asset)), '[]'::jsonb);
end $$;

-- The derived balance of each named jackpot pool in one asset (0 for a pool never posted to).
create or replace function wallet.pool_balances(p_tenant uuid, p_asset text, p_pools text[]) returns jsonb
language plpgsql as $$
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
`;
