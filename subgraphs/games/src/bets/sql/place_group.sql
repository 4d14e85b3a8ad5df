-- The group function: each tenant's part with place_all when the games process says it qualifies
-- (group-steps.ts); otherwise, or when one raises, item by item (place_bets), each item with its own answer.
create or replace function games.place_group(p_items jsonb, p_at_once boolean)
 returns jsonb
 language plpgsql
as $$
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
        v_answers := games.place_all(v_tenant, v_part);
        for i in 1 .. array_length(v_at, 1) loop
          v_out[v_at[i]] := v_answers -> (i - 1);
        end loop;
      end loop;
      return to_jsonb(v_out);
    exception when sqlstate 'CX0GB' or unique_violation or deadlock_detected or serialization_failure then
      v_answers := null;
    end;
  end if;
  return games.place_bets(p_items);
end $$;
