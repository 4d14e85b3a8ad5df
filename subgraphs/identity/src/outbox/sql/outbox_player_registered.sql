-- `player.registered` into the outbox when a player joins a tenant (the wallet learns which players exist).
create or replace function identity.outbox_player_registered()
 returns trigger
 language plpgsql
as $$
      begin
        insert into identity.identity_event (tenant_id, kind, payload, created_at) values (new.tenant_id, 'player.registered', jsonb_build_object('playerId', new.id), now());
        return null;
      end $$;

drop trigger if exists registered_outbox on identity.player;
create trigger registered_outbox after insert on identity.player for each row execute function identity.outbox_player_registered();
