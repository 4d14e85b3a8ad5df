-- The internal API's batch: each posting in its own subtransaction (an error answers that item only), the
-- balance trigger silenced so the wallet process notifies after the commit (a NOTIFY inside holds a lock through the WAL flush).
create or replace function wallet.post_transfers_notify_after_commit(p_items jsonb)
 returns jsonb
 language plpgsql
 set plan_cache_mode to 'force_generic_plan'
as $$
declare
  v_item jsonb; v_answers jsonb := '[]'::jsonb; v_answer jsonb; v_state text; v_message text; v_detail text;
  p wallet.posting; v_setting text;
begin
  v_setting := set_config('wallet.balance_notify', 'after-commit', true);
  for v_item in select value from jsonb_array_elements(p_items) loop
    begin
      p := jsonb_populate_record(null::wallet.posting, v_item);
      if p.accounts is not null then
        v_answer := jsonb_build_object('ok', wallet.post_known_transfer(p));
      else
        v_answer := jsonb_build_object('ok', wallet.post_transfer(p."tenantId", p.key, p.hash, p.operation, p.kind, p."playerId", p.reference,
          p.metadata, p.assets, p.types, p.holders, p.amounts));
      end if;
    exception when others then
      get stacked diagnostics v_state = returned_sqlstate, v_message = message_text, v_detail = pg_exception_detail;
      v_answer := jsonb_build_object('error', v_state, 'message', v_message, 'detail', nullif(v_detail, ''));
    end;
    v_answers := v_answers || jsonb_build_array(v_answer);
  end loop;
  return jsonb_build_object('answers', v_answers, 'xact', txid_current());
end $$;
