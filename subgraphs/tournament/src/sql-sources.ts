import { sqlSourceList } from '@casinox/db';

/** Tournament's SQL (none yet). Applied after the migrations, in this order (docs/architecture.md §12). */
export const sqlSources = sqlSourceList(import.meta.url, []);
