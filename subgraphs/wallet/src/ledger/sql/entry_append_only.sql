-- Entries are append-only for everyone, owner included: a ledger is corrected by new entries.
create or replace function wallet.entry_append_only()
 returns trigger
 language plpgsql
as $$ begin raise exception '% is append-only', tg_table_name using errcode = '42501'; end $$;

drop trigger if exists append_only on wallet.entry;
create trigger append_only before delete or update on wallet.entry for each row execute function wallet.entry_append_only();
