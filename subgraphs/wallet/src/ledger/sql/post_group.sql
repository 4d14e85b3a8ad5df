-- The internal API's group function: each tenant's part as ONE statement when the wallet process could build
-- them all (p_groups); otherwise, or when one raises, each posting on its own.
create or replace function wallet.post_group(p_items jsonb, p_groups jsonb)
 returns jsonb
 language plpgsql
as $$
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
end $$;
