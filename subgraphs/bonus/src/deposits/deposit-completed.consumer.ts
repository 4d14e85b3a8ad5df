import { withTenantTransaction } from '@casinox/db';
import type { DepositCompletedEvent } from '@casinox/events';
import type pg from 'pg';
import {
  chooseDepositGrant,
  transitionGrant,
  type CampaignStatus,
  type DepositMatchTerms,
  type ReloadTerms,
} from '../domain/index.js';
import type { GrantLifecycle } from '../grants/grant-lifecycle.js';
import { type GrantRow, PLAYER_LOCK, readGrantRules } from '../grants/grant-row.js';

/**
 * Deposit bonuses from `wallet.deposit-completed` (at least once, in any order). In one
 * transaction under the player's lock: the deposit is recorded (the read model of who has
 * deposited, and the idempotency record: a redelivered deposit id finds its row and changes
 * nothing), and the player's oldest fitting PENDING deposit bonus in the asset is granted with the
 * matched, capped amount (chooseDepositGrant). Below the minimum it stays PENDING. A granted bonus
 * then takes its turn like any other (activateNext, advance).
 */
export class DepositCompletedConsumer {
  constructor(
    private readonly pool: pg.Pool,
    private readonly lifecycle: GrantLifecycle,
  ) {}

  async handle(event: DepositCompletedEvent): Promise<void> {
    const granted = await withTenantTransaction(this.pool, event.tenantId, async (client) => {
      await client.query(PLAYER_LOCK, [event.tenantId, event.playerId]);
      const recorded = await client.query(
        `insert into bonus.player_deposit (tenant_id, deposit_id, player_id, asset, amount, first_deposit, completed_at, created_at) values ($1, $2, $3, $4, $5, $6, $7, now())
         on conflict do nothing`,
        [
          event.tenantId,
          event.depositId,
          event.playerId,
          event.asset,
          event.amount,
          event.firstDeposit,
          event.completedAt,
        ],
      );
      if (recorded.rowCount === 0) return null;
      const { rows } = await client.query<GrantRow & { campaign_status: CampaignStatus }>(
        `select g.*, c.status as campaign_status from bonus.bonus_grant g join bonus.campaign c on c.tenant_id = g.tenant_id and c.id = g.campaign_id
          where g.tenant_id = $1 and g.player_id = $2 and g.asset = $3 and g.state = 'PENDING' and g.rules is not null for update of g`,
        [event.tenantId, event.playerId, event.asset],
      );
      const choice = chooseDepositGrant(
        rows.flatMap((row) => {
          const rules = readGrantRules(row.rules!);
          if (rules.terms.kind !== 'DEPOSIT_MATCH' && rules.terms.kind !== 'RELOAD') return [];
          return [
            {
              id: row.id,
              grantedAt: row.granted_at,
              asset: row.asset,
              campaignStatus: row.campaign_status,
              ...rules,
              terms: rules.terms as DepositMatchTerms | ReloadTerms,
            },
          ];
        }),
        {
          amount: BigInt(event.amount),
          asset: event.asset,
          firstDeposit: event.firstDeposit,
          completedAt: new Date(event.completedAt),
        },
      );
      if (choice.action !== 'GRANT') return null;
      const move = transitionGrant('PENDING', 'GRANT');
      if (!move.ok) throw new Error(move.error.message);
      await client.query(
        `update bonus.bonus_grant set state = $3, bonus_amount = $4, wagering_required = $5, deposit_id = $6, updated_at = now() where tenant_id = $1 and id = $2 and state = 'PENDING'`,
        [
          event.tenantId,
          choice.grantId,
          move.to,
          choice.amount.toString(),
          choice.wageringRequired.toString(),
          event.depositId,
        ],
      );
      await client.query('update bonus.player_deposit set grant_id = $3 where tenant_id = $1 and deposit_id = $2', [
        event.tenantId,
        event.depositId,
        choice.grantId,
      ]);
      return choice.grantId;
    });
    if (!granted) return;
    const activated = await this.lifecycle.activateNext(event.tenantId, event.playerId);
    if (activated) await this.lifecycle.advance(event.tenantId, activated);
  }
}
