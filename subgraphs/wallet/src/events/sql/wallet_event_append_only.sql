-- The outbox is append-only for everyone, owner included: events are corrected by new rows, never edited.
create or replace function wallet.wallet_event_append_only()
 returns trigger
 language plpgsql
as $$ begin raise exception '% is append-only', tg_table_name using errcode = '42501'; end $$;

drop trigger if exists append_only on wallet.wallet_event;
create trigger append_only before delete or update on wallet.wallet_event for each row execute function wallet.wallet_event_append_only();
