import { sqlSourceList } from '@casinox/db';

/** Bonus's SQL: the outbox and live-progress triggers. Applied after the migrations, in this order (docs/architecture.md §12). */
export const sqlSources = sqlSourceList(import.meta.url, [
  './outbox/sql/outbox_event_append_only.sql',
  './outbox/sql/outbox_wagering.sql',
  './grants/sql/notify_bonus_updated.sql',
]);
