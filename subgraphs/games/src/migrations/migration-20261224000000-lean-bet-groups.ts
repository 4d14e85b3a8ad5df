import { Migration } from '@mikro-orm/migrations';

/**
 * LEANER GROUPS ON THE BET PATH (measured with `npm run bench:bets` and perf on the games backends):
 * - A settlement no longer goes through a set-returning function: `move_bet` returns the moved bet
 *   and its event's seq as one composite value, so the group function calls it in an expression
 *   instead of scanning a one-row function result (a tuplestore and a scan node per bet).
 *   `transition_bet` keeps its contract (the rounds path calls it) and now calls move_bet.
 * - The group functions read each item into a typed record in one call (jsonb_populate_record)
 *   instead of some twenty `->>` extractions and casts per item.
 * - The RLS tenant is set by an assignment, which PL/pgSQL evaluates as a simple expression,
 *   where PERFORM runs a whole query.
 * Same statements, same answers, same errors. The types the functions use stay here; the functions
 * are SQL sources (src/bets/sql/move_bet.sql, transition_bet.sql, place_bets.sql, transition_bets.sql).
 */
const TYPES = [
  `create type games.bet_transition as (bet games.bet, event_seq bigint);`,
  `create type games.place_item as (
    "tenantId" uuid, "playerId" uuid, key text, hash text, game text, asset text, stake bigint,
    "defaultVariant" text, "defaultMin" bigint, "defaultMax" bigint, "singleRound" boolean,
    seed text, "seedHash" text, "clientSeed" text, assumed jsonb, id uuid, payout bigint, multiplier numeric,
    params jsonb, outcome jsonb, state jsonb, ledger jsonb);`,
  `create type games.transition_item as (
    "tenantId" uuid, "betId" uuid, "from" text[], "to" text, transfer uuid, rejection text, attempted boolean, split jsonb);`,
];

export class Migration20261224000000LeanBetGroups extends Migration {
  override up(): void {
    for (const type of TYPES) this.addSql(type);
  }
}
