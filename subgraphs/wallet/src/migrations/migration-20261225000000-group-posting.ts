import { Migration } from '@mikro-orm/migrations';

/**
 * A GROUP OF POSTINGS IN ONE STATEMENT — measured with `npm run bench:bets` and perf on the wallet
 * backends: with one statement per posting, a third of the database's time went to what every
 * statement pays once whatever it writes (executor start-up of a five-part plan, re-reading the
 * tables' CHECK constraints, the PL/pgSQL loop and a subtransaction per posting).
 *
 * post_known_group writes a tenant's postings of a group, all to known accounts (see
 * known-group.ts), at once: every transfer (the group goes whole or not at all), each player balance
 * moved ONCE by its total over the group provided it covers the lowest running sum of its legs over
 * the group, every entry with its running balance, every key's record with its result. Anything
 * less — a key already used (a replay, a tombstone, a concurrent call), a balance that does not
 * cover it, a balance that would not move by exactly its entries — raises CX0GB; the group function
 * (post_group) then undoes the attempt and posts item by item as before
 * (post_transfers_notify_after_commit), where each posting gets its own answer. The zero-sum proof
 * at COMMIT, the foreign keys and the CHECK constraints are unchanged.
 */
const POSTING_GROUP_TYPE = `create type wallet.posting_group as (
  "tenantId" uuid, ids uuid[], keys text[], hashes text[], operations text[], kinds text[], players uuid[], refs text[], metadata jsonb,
  "legItems" int[], accounts uuid[], "assetIds" uuid[], amounts bigint[], running bigint[],
  "moveIds" uuid[], "moveTotals" bigint[], "moveLowest" bigint[],
  "answerItems" int[], "answerAccounts" uuid[], "answerRunning" bigint[], "answerTypes" text[], "answerAssets" text[]
);`;

const POST_KNOWN_GROUP = `create function wallet.post_known_group(g wallet.posting_group) returns jsonb
  language plpgsql set enable_hashjoin = off set enable_mergejoin = off set plan_cache_mode = force_generic_plan as $$
declare
  v_now timestamptz := now();
  v_items int := coalesce(array_length(g.ids, 1), 0);
  v_posted int; v_moved int; v_claimed int; v_consistent boolean; v_answers jsonb; v_setting text;
begin
  v_setting := set_config('app.tenant_id', g."tenantId"::text, true);
  with transfer as (
    insert into wallet.transfer (id, tenant_id, kind, idempotency_key, reverses_id, player_id, reference, metadata, created_at)
    select t.id, g."tenantId", t.kind, t.key, null, t.player, t.ref, g.metadata -> (t.n::int - 1), v_now
      from unnest(g.ids, g.kinds, g.keys, g.players, g.refs) with ordinality as t(id, kind, key, player, ref, n)
    on conflict do nothing
    returning id
  ), moved as (
    update wallet.account a set balance = a.balance + m.total, updated_at = v_now
      from unnest(g."moveIds", g."moveTotals", g."moveLowest") as m(id, total, lowest)
     where a.id = m.id and a.tenant_id = g."tenantId" and a.balance - a.held + m.lowest >= 0
    returning a.id, a.balance - m.total as before, a.held, m.total
  ), entries as (
    insert into wallet.entry (id, tenant_id, transfer_id, account_id, asset_id, amount, balance_after, created_at)
    select gen_random_uuid(), g."tenantId", g.ids[l.item], l.account_id, l.asset_id, l.amount, m.before + l.running, v_now
      from unnest(g."legItems", g.accounts, g."assetIds", g.amounts, g.running) as l(item, account_id, asset_id, amount, running)
      left join moved m on m.id = l.account_id
  ), answer as (
    select i.n as item, jsonb_build_object('transferId', g.ids[i.n], 'kind', g.kinds[i.n], 'createdAt', v_now, 'balances', coalesce(
             jsonb_object_agg(r.type || ':' || r.asset, jsonb_build_object('accountType', r.type, 'asset', r.asset,
               'balance', (m.before + r.running)::text, 'available', (m.before + r.running - m.held)::text)) filter (where m.id is not null), '{}'::jsonb)) as result
      from generate_series(1, v_items) as i(n)
      left join unnest(g."answerItems", g."answerAccounts", g."answerRunning", g."answerTypes", g."answerAssets") as r(item, account_id, running, type, asset)
        on r.item = i.n
      left join moved m on m.id = r.account_id
     group by i.n
  ), claim as (
    insert into wallet.idempotency_record (tenant_id, key, request_hash, operation, result, created_at)
    select g."tenantId", g.keys[a.item], g.hashes[a.item], g.operations[a.item], a.result, v_now from answer a
    on conflict do nothing
    returning key
  )
  select (select count(*) from transfer), (select count(*) from moved), (select count(*) from claim),
         -- Every moved balance moves by exactly the sum of its own legs over the group.
         (select coalesce(bool_and(m.total = (select sum(l.amount) from unnest(g.accounts, g.amounts) as l(account_id, amount) where l.account_id = m.id)), true) from moved m),
         (select jsonb_agg(jsonb_build_object('ok', a.result || '{"replayed": false}'::jsonb) order by a.item) from answer a)
    into v_posted, v_moved, v_claimed, v_consistent, v_answers;
  if v_posted <> v_items or v_claimed <> v_items or v_moved <> coalesce(array_length(g."moveIds", 1), 0) or not v_consistent then
    raise exception 'the group does not post as one' using errcode = 'CX0GB';
  end if;
  return v_answers;
end $$;`;

/**
 * The internal API's group function: each tenant's part of the group as ONE statement when the
 * wallet process could build them all (p_groups, see known-group.ts: one statement runs under one
 * tenant's row-level security), the answers back in the items' order; otherwise — or when one of
 * them raises — each posting on its own, as before.
 */
const POST_GROUP = `create function wallet.post_group(p_items jsonb, p_groups jsonb) returns jsonb language plpgsql as $$
declare
  v_out jsonb[]; v_group jsonb; v_answers jsonb; v_setting text;
begin
  if p_groups is not null then
    begin
      v_setting := set_config('wallet.balance_notify', 'after-commit', true);
      v_out := array_fill(null::jsonb, array[jsonb_array_length(p_items)]);
      for v_group in select value from jsonb_array_elements(p_groups) loop
        v_answers := wallet.post_known_group(jsonb_populate_record(null::wallet.posting_group, v_group));
        for i in 0 .. jsonb_array_length(v_answers) - 1 loop
          v_out[(v_group -> 'positions' ->> i)::int] := v_answers -> i;
        end loop;
      end loop;
      return jsonb_build_object('answers', to_jsonb(v_out), 'xact', txid_current());
    exception when sqlstate 'CX0GB' or unique_violation or foreign_key_violation or check_violation or deadlock_detected or serialization_failure then
      -- Undone whole (a replayed key's entries fail their foreign key before the count does); each
      -- posting now gets its own answer: a replay, a refusal, an error. Anything else is a fault and raises.
      v_answers := null;
    end;
  end if;
  return wallet.post_transfers_notify_after_commit(p_items);
end $$;`;

export class Migration20261225000000GroupPosting extends Migration {
  override up(): void {
    this.addSql(POSTING_GROUP_TYPE);
    this.addSql(POST_KNOWN_GROUP);
    this.addSql(POST_GROUP);
  }
}
