import { sqlSourceList } from '@casinox/db';

/** Games' SQL: the bet path (placement, settlement, recovery) and the bet outbox's rule. Applied after the migrations, in this order (docs/architecture.md §12). */
export const sqlSources = sqlSourceList(import.meta.url, [
  './bets/sql/bet_event_append_only.sql',
  './bets/sql/place_bet.sql',
  './bets/sql/place_bets.sql',
  './bets/sql/place_all.sql',
  './bets/sql/place_group.sql',
  './bets/sql/move_bet.sql',
  './bets/sql/transition_bet.sql',
  './bets/sql/transition_bets.sql',
  './bets/sql/settled_event_payload.sql',
  './bets/sql/settle_all.sql',
  './bets/sql/transition_group.sql',
  './bets/sql/forget_finished_markers.sql',
]);
