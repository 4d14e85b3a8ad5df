import { sqlSourceList } from '@casinox/db';

/** Identity's SQL: the outbox triggers. Applied after the migrations, in this order (docs/architecture.md §12). */
export const sqlSources = sqlSourceList(import.meta.url, [
  './outbox/sql/identity_event_append_only.sql',
  './outbox/sql/outbox_tenant_currencies.sql',
  './outbox/sql/outbox_player_registered.sql',
]);
