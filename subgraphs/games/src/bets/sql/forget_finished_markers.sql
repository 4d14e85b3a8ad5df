-- Recovery forgets the markers of finished bets in bulk, before it looks for unfinished ones (settling no longer
-- deletes its marker: that delete's plan read every dead row of a mostly-dead table).
create or replace function games.forget_finished_markers(p_before timestamp with time zone)
 returns integer
 language plpgsql
as $$
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
end $$;
