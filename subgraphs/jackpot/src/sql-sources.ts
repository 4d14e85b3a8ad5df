import { sqlSourceList } from '@casinox/db';

/** Jackpot's SQL: the outbox and live-update triggers. Applied after the migrations, in this order (docs/architecture.md §12). */
export const sqlSources = sqlSourceList(import.meta.url, [
  './outbox/sql/jackpot_event_append_only.sql',
  './jackpots/sql/notify_jackpot_updated.sql',
  './wins/sql/notify_jackpot_won.sql',
]);
