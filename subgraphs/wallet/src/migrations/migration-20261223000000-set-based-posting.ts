import { Migration } from '@mikro-orm/migrations';

/**
 * `post_transfer` in two statements instead of about fourteen, and live balances notified after the
 * commit (post_transfers_notify_after_commit): function changes only, now in the SQL sources
 * (src/ledger/sql/); the migration stays, empty, so the histories recorded in databases match.
 */
export class Migration20261223000000SetBasedPosting extends Migration {
  override up(): void {}
}
