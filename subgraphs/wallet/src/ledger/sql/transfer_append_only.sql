-- Transfers are append-only for everyone, owner included (the runtime role has no UPDATE/DELETE either):
-- a ledger is corrected by new transfers.
create or replace function wallet.transfer_append_only()
 returns trigger
 language plpgsql
as $$ begin raise exception '% is append-only', tg_table_name using errcode = '42501'; end $$;

drop trigger if exists append_only on wallet.transfer;
create trigger append_only before delete or update on wallet.transfer for each row execute function wallet.transfer_append_only();
