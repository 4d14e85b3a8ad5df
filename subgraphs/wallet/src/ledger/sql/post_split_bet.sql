-- A bet (p_win null) or bet+win whose stake draws on bonus money in p_order: one request, whole. Legs: cash and
-- bonus debits, the house's share, each pool's contribution, then the win to cash and bonus in proportion.
create or replace function wallet.post_split_bet(p_tenant uuid, p_key text, p_hash text, p_operation text, p_kind text, p_player uuid, p_reference text, p_metadata jsonb, p_asset text, p_order text, p_stake bigint, p_win bigint, p_pools text[], p_pool_amounts bigint[])
 returns jsonb
 language plpgsql
as $$
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
