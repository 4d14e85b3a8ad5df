import { Migration } from '@mikro-orm/migrations';

/**
 * The posting path, leaner (measured by `npm run bench:bets`; no behaviour changes):
 *
 * 1. The zero-sum proof at COMMIT ran two aggregate queries per ENTRY; a bet+win has four entries,
 *    so eight scans of the same transfer. It now runs one query per TRANSFER: the first entry's
 *    deferred trigger proves the whole transfer and records its id in a transaction-local setting,
 *    and the others see it there. Sound because deferred triggers run at COMMIT, after every insert
 *    of the transaction (nothing here sets the constraint IMMEDIATE).
 * 2. write_transfer looked up the account of every leg; a bet+win names the player's account and
 *    the house twice each. Lookups are now remembered for the duration of the call.
 *
 * Both were function changes, now in the SQL sources (ledger/sql/entry_balanced.sql,
 * write_transfer.sql); the migration stays, empty, so the histories recorded in databases match.
 */
export class Migration20261205000000LeanPostings extends Migration {
  override up(): void {}
}
