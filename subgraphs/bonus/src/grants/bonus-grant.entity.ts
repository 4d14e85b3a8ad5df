import { tenantPolicies } from '@casinox/db';
import { OptionalProps } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Enum,
  Filter,
  Index,
  PrimaryKey,
  Property,
  Unique,
  Trigger,
} from '@mikro-orm/decorators/legacy';
import { GRANT_STATES, type GrantState } from '../domain/index.js';

/**
 * One bonus awarded to one player, and its wagering progress. The campaign's rules that decide the
 * grant's fate (weights, max bet, expiry, max cash-out) are copied at claim time: an operator
 * editing the campaign later never changes a bonus already in a player's hands.
 *
 * Money columns record what the wallet confirmed: `funded_at` (the bonus money is in the player's
 * bonus account), `converted` / `forfeited` and `settled_at` (the ending's money moved). A grant
 * whose state says money is due but whose column says it has not moved yet is re-driven by the
 * sweep (grant-task.entity.ts) with the same wallet keys, so a crash between the two never loses or
 * doubles money. At most one grant per player and tenant is in play (ACTIVE or ELIGIBLE): a
 * partial unique index, so two concurrent activations cannot both win.
 */
@Entity({ tableName: 'bonus_grant', schema: 'bonus', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Unique({
  name: 'bonus_grant_tenant_id_player_id_idempotency_key_unique',
  properties: ['tenantId', 'playerId', 'idempotencyKey'],
})
// One grant per campaign and player; CASHBACK grants carry their period's key, so theirs is one per period.
@Unique({
  name: 'bonus_grant_tenant_id_campaign_id_player_id_period_key_unique',
  properties: ['tenantId', 'campaignId', 'playerId', 'periodKey'],
})
@Index({
  name: 'bonus_grant_tenant_id_player_id_granted_at_id_index',
  properties: ['tenantId', 'playerId', 'grantedAt', 'id'],
})
@Index({
  name: 'bonus_grant_one_in_play_per_player',
  expression: `create unique index "bonus_grant_one_in_play_per_player" on "bonus"."bonus_grant" ("tenant_id", "player_id") where state in ('ACTIVE', 'ELIGIBLE')`,
})
// Bonus money is staked and won in bets, so what converts or forfeits at the end may exceed the award.
@Check({
  name: 'bonus_grant_amounts_check',
  expression:
    "bonus_amount >= 0 and (bonus_amount > 0 or state = 'PENDING') and wagering_required >= 0 and wagered >= 0 and converted >= 0 and forfeited >= 0",
})
@Check({ name: 'bonus_grant_spend_order_check', expression: "spend_order in ('REAL_FIRST', 'BONUS_FIRST')" })
@Check({
  name: 'bonus_grant_end_reason_check',
  expression: "end_reason in ('PLAYER_CANCELLED', 'WITHDRAWAL', 'BONUS_MONEY_SPENT')",
})
// grants/sql/notify_bonus_updated.sql (live progress); declared so the schema diff keeps it.
@Trigger({ name: 'bonus_updated', timing: 'after', events: ['insert', 'update'], expression: 'notify_bonus_updated' })
// outbox/sql/outbox_wagering.sql (the bonus.wagering outbox for games' max-bet rule).
@Trigger({ name: 'wagering_outbox', timing: 'after', events: ['insert', 'update'], expression: 'outbox_wagering' })
export class BonusGrant {
  [OptionalProps]?:
    | 'wagered'
    | 'converted'
    | 'forfeited'
    | 'maxCashOut'
    | 'activatedAt'
    | 'expiresAt'
    | 'fundedAt'
    | 'endedAt'
    | 'settledAt'
    | 'spendOrder'
    | 'endReason'
    | 'bonusGames'
    | 'rules'
    | 'periodKey'
    | 'depositId'
    | 'plannedToCash'
    | 'plannedForfeit';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'uuid' })
  campaignId!: string;

  @Property({ type: 'uuid' })
  playerId!: string;

  @Enum({ items: [...GRANT_STATES], type: 'string', length: 16 })
  state!: GrantState;

  @Property({ type: 'string', length: 16 })
  asset!: string;

  @Property({ type: 'bigint' })
  bonusAmount!: bigint;

  @Property({ type: 'bigint' })
  wageringRequired!: bigint;

  @Property({ type: 'bigint' })
  wagered: bigint = 0n;

  @Property({ type: 'bigint' })
  converted: bigint = 0n;

  @Property({ type: 'bigint' })
  forfeited: bigint = 0n;

  /** The campaign's game weights at claim time. */
  @Property({ type: 'json' })
  weights!: Record<string, number>;

  /** The campaign's max-bet limits at claim time (decimal strings). */
  @Property({ type: 'json' })
  maxBet!: Record<string, string>;

  @Property({ type: 'integer' })
  expiresInDays!: number;

  @Property({ type: 'bigint', nullable: true })
  maxCashOut: bigint | null = null;

  @Property({ type: 'string', length: 120 })
  idempotencyKey!: string;

  /** The campaign's spend order at claim time (FREE_BETS: BONUS_FIRST); null on grants made before it was recorded (the campaign's then). */
  @Property({ type: 'text', nullable: true })
  spendOrder: 'REAL_FIRST' | 'BONUS_FIRST' | null = null;

  /** Games bonus money may be staked on (FREE_BETS: its game); null = every game. */
  @Property({ type: 'json', nullable: true })
  bonusGames: string[] | null = null;

  /**
   * The campaign's terms at claim time (amounts as decimal strings) with `minDeposit`,
   * `newPlayersOnly` and `wageringMultiplier`: what a PENDING deposit bonus is computed from when
   * its deposit arrives, however the campaign was edited since.
   */
  @Property({ type: 'json', nullable: true })
  rules: Record<string, unknown> | null = null;

  /** CASHBACK: the period the grant pays for (`DAILY:2026-03-02`); '' for every other kind. */
  @Property({ type: 'string', length: 32, default: '' })
  periodKey: string = '';

  /** Deposit kinds: the deposit that qualified it. */
  @Property({ type: 'uuid', nullable: true })
  depositId: string | null = null;

  /**
   * The ending's money plan, read from the wallet's bonus balance and fixed before any money moves,
   * so a retried conversion or forfeit sends the same amounts under the same keys.
   */
  @Property({ type: 'bigint', nullable: true })
  plannedToCash: bigint | null = null;

  @Property({ type: 'bigint', nullable: true })
  plannedForfeit: bigint | null = null;

  @Property({ type: 'datetime' })
  grantedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  activatedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  expiresAt: Date | null = null;

  /** When the wallet confirmed the bonus money in the player's bonus account. */
  @Property({ type: 'datetime', nullable: true })
  fundedAt: Date | null = null;

  /** When the grant reached COMPLETED, EXPIRED or CANCELLED. */
  @Property({ type: 'datetime', nullable: true })
  endedAt: Date | null = null;

  /** Why a CANCELLED grant ended: the player, a withdrawal, or its bonus money all spent in bets. */
  @Property({ type: 'text', nullable: true })
  endReason: 'PLAYER_CANCELLED' | 'WITHDRAWAL' | 'BONUS_MONEY_SPENT' | null = null;

  /** When the wallet confirmed the ending's money (conversion and/or forfeit). */
  @Property({ type: 'datetime', nullable: true })
  settledAt: Date | null = null;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
