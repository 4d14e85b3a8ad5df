-- Live bonus progress: every committed change to a grant notifies `cx_bonus_updated`; the gateway pushes
-- the grant to its player (one notification per grant per transaction: Postgres folds identical ones).
create or replace function bonus.notify_bonus_updated()
 returns trigger
 language plpgsql
as $$
      begin
        perform pg_notify('cx_bonus_updated', json_build_object('tenantId', new.tenant_id, 'playerId', new.player_id, 'grantId', new.id, 'seq', txid_current())::text);
        return null;
      end $$;

drop trigger if exists bonus_updated on bonus.bonus_grant;
create trigger bonus_updated after insert or update on bonus.bonus_grant for each row execute function bonus.notify_bonus_updated();
