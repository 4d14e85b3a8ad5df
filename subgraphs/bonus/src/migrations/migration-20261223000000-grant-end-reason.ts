import { Migration } from '@mikro-orm/migrations';

/** Why a grant ended the way it did, where its state alone does not say (a cancellation has three causes). */
export class Migration20261223000000GrantEndReason extends Migration {
  override up(): void {
    this.addSql(`alter table "bonus"."bonus_grant" add column "end_reason" text null;`);
    this.addSql(
      `alter table "bonus"."bonus_grant" add constraint "bonus_grant_end_reason_check" check ("end_reason" in ('PLAYER_CANCELLED', 'WITHDRAWAL', 'BONUS_MONEY_SPENT'));`,
    );
    // Cancellations made before: by a withdrawal when one is recorded against the grant, otherwise by the player.
    this.addSql(
      `update "bonus"."bonus_grant" g set "end_reason" = case when exists (select 1 from "bonus"."withdrawal_forfeit" w where w.grant_id = g.id) then 'WITHDRAWAL' else 'PLAYER_CANCELLED' end where g.state = 'CANCELLED';`,
    );
  }
}
