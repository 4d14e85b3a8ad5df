import { Migration } from '@mikro-orm/migrations';

/**
 * Amount bounds in the database itself (the service refuses beyond each asset's maxAmount
 * first; see @casinox/graphql assets.ts for the proof): no entry or hold beyond 10^15 minor units
 * either way, no cached balance beyond 2^62. A balance inside 2^62 plus one entry inside 10^15
 * cannot leave int64, so the CHECK refuses it (mapped to AMOUNT_OUT_OF_RANGE) before any overflow.
 */
export const ENTRY_BOUND = `amount >= -1000000000000000 and amount <= 1000000000000000`;
export const HOLD_BOUND = `amount <= 1000000000000000`;
export const BALANCE_BOUND = `balance <= 4611686018427387904`;

export class Migration20261226000000AmountBounds extends Migration {
  override up(): void {
    this.addSql(`alter table "wallet"."entry" add constraint "entry_amount_bound_check" check (${ENTRY_BOUND});`);
    this.addSql(`alter table "wallet"."hold" add constraint "hold_amount_bound_check" check (${HOLD_BOUND});`);
    this.addSql(
      `alter table "wallet"."account" add constraint "account_balance_bound_check" check (${BALANCE_BOUND});`,
    );
  }
}
