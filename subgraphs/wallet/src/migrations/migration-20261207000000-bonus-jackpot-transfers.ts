import { Migration } from '@mikro-orm/migrations';

/** Four more kinds of transfer for the bonus and jackpot engines (internal API: bonus/convert, bonus/forfeit, jackpot/pay, jackpot/fund). */
export class Migration20261207000000BonusJackpotTransfers extends Migration {
  override up(): void {
    this.addSql(`alter table "wallet"."transfer" drop constraint "transfer_kind_check";`);
    this.addSql(
      `alter table "wallet"."transfer" add constraint "transfer_kind_check" check ("kind" in ('GRANT', 'BET', 'WIN', 'BET_WIN', 'ROLLBACK', 'REVERSAL', 'HOLD_POST', 'DEPOSIT', 'WITHDRAWAL', 'ADJUSTMENT', 'BONUS_CONVERSION', 'BONUS_FORFEIT', 'JACKPOT_WIN', 'JACKPOT_FUNDING'));`,
    );
  }
}
