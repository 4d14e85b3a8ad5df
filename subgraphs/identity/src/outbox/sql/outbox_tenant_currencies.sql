-- `tenant.currencies` into the outbox when a tenant is created or its currencies or status change,
-- in the changing transaction, whatever code path made the change (the money subgraphs' read models).
create or replace function identity.outbox_tenant_currencies()
 returns trigger
 language plpgsql
as $$
      begin
        if tg_op = 'INSERT' or old.currencies is distinct from new.currencies or old.status is distinct from new.status then
          insert into identity.identity_event (tenant_id, kind, payload, created_at) values (new.id, 'tenant.currencies',
            jsonb_build_object('version', new.version, 'currencies', to_jsonb(new.currencies), 'status', new.status), now());
        end if;
        return null;
      end $$;

drop trigger if exists currencies_outbox on identity.tenant;
create trigger currencies_outbox after insert or update on identity.tenant for each row execute function identity.outbox_tenant_currencies();
