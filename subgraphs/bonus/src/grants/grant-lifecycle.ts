import { withTenant, withTenantTransaction } from '@casinox/db';
import { WalletRefusal, WalletUnavailable, type WalletClient } from '@casinox/wallet-client';
import type pg from 'pg';
import {
  calculateGrantExpiry,
  chooseNextGrant,
  isFinalGrantState,
  isGrantExpired,
  planConversion,
  transitionGrant,
  type GrantEnding,
  type GrantEvent,
  type GrantState,
} from '../domain/index.js';
import { type GrantRow, PLAYER_LOCK } from './grant-row.js';

/** The next state for `event`, or a broken invariant (the caller checked the state under a lock). */
function next(from: GrantState, event: GrantEvent): GrantState {
  const result = transitionGrant(from, event);
  if (!result.ok) throw new Error(result.error.message);
  return result.to;
}

/**
 * Drives grants through their life and moves their money through the wallet, as a small workflow
 * whose every step is idempotent:
 *
 * 1. ACTIVATE (chooseNextGrant, under the player's lock): GRANTED → ACTIVE, expiry clock starts,
 *    a task row is due at once.
 * 2. Fund: wallet `grant` into the BONUS wallet, key `bonus-grant:<grant id>`; then `funded_at`.
 * 3. Wagering met (the bet.settled consumer, or a 0× multiplier here): ACTIVE → ELIGIBLE.
 * 4. ELIGIBLE: the player's bonus balance in the asset, read from the wallet (bets spend and win
 *    bonus money, so it is no longer what was granted), planned once (planConversion, stored) →
 *    wallet `bonus/convert` (key = grant id) and `bonus/forfeit` for the part above max cash-out
 *    (key `<grant id>:over-cap`) → COMPLETED with the amounts.
 *    EXPIRED / CANCELLED: the whole balance is forfeited (key = grant id) → `settled_at`. A grant a
 *    withdrawal cancelled arrives settled: the wallet moved its money in the withdrawal.
 * 5. A settled ending removes the task and activates the player's next waiting grant.
 *
 * The state is written before the money moves and the money column after the wallet confirmed,
 * so a crash between them leaves a task the sweep re-drives with the same keys: the wallet replays
 * what it already did, and nothing moves twice. Two drivers racing on one grant (consumer and
 * sweep) send identical requests, and the guarded UPDATEs let only one record the result.
 */
export class GrantLifecycle {
  constructor(
    private readonly pool: pg.Pool,
    private readonly wallet: WalletClient,
  ) {}

  /** Activates the player's oldest waiting grant when none is in play; returns its id. */
  async activateNext(tenantId: string, playerId: string): Promise<string | null> {
    return withTenantTransaction(this.pool, tenantId, async (client) => {
      await client.query(PLAYER_LOCK, [tenantId, playerId]);
      const { rows } = await client.query<{ id: string; state: GrantState; granted_at: Date; expires_in_days: number }>(
        `select id, state, granted_at, expires_in_days from bonus.bonus_grant where tenant_id = $1 and player_id = $2 and state in ('GRANTED', 'ACTIVE', 'ELIGIBLE')`,
        [tenantId, playerId],
      );
      const choice = chooseNextGrant(rows.map((row) => ({ id: row.id, state: row.state, grantedAt: row.granted_at })));
      if (choice.action !== 'ACTIVATE') return null;
      const grant = rows.find((row) => row.id === choice.grantId)!;
      const now = new Date();
      await client.query(
        `update bonus.bonus_grant set state = $3, activated_at = $4, expires_at = $5, updated_at = now() where tenant_id = $1 and id = $2 and state = 'GRANTED'`,
        [tenantId, grant.id, next('GRANTED', 'ACTIVATE'), now, calculateGrantExpiry(now, grant.expires_in_days)],
      );
      await this.schedule(client, tenantId, grant.id, now);
      return grant.id;
    });
  }

  /**
   * Takes one grant as far as it can go now (fund, expire, convert, forfeit, then the next grant).
   * A wallet that does not answer leaves the task due: the sweep tries again; a refusal is logged
   * and also retried (it means a broken invariant someone must look at).
   */
  async advance(tenantId: string, grantId: string, now = new Date()): Promise<void> {
    try {
      await this.step(tenantId, grantId, now);
    } catch (error) {
      if (!(error instanceof WalletUnavailable)) throw error;
      console.warn(`[bonus] grant ${grantId}: wallet unavailable, the sweep retries (${error.message})`);
    }
  }

  /** One sweep over due tasks (expiry, unfinished money moves) across tenants; returns how many it looked at. */
  async sweep(signal?: AbortSignal, batch = 200): Promise<number> {
    const { rows } = await this.pool.query<{ grant_id: string; tenant_id: string }>(
      'select grant_id, tenant_id from bonus.grant_task where due_at <= now() order by due_at limit $1',
      [batch],
    );
    for (const row of rows) {
      if (signal?.aborted) break;
      await this.advance(row.tenant_id, row.grant_id).catch((error: unknown) =>
        console.error(`[bonus] grant ${row.grant_id} failed`, error),
      );
    }
    return rows.length;
  }

  private async step(tenantId: string, grantId: string, now: Date): Promise<void> {
    let grant = await this.load(tenantId, grantId);
    if (!grant || grant.state === 'PENDING' || grant.state === 'GRANTED') return;

    // An ending already settled (a withdrawal's forfeit moved the money itself) needs no funding.
    if (!grant.funded_at && !grant.settled_at) {
      await this.wallet.grant({
        tenantId,
        playerId: grant.player_id,
        asset: grant.asset,
        amount: BigInt(grant.bonus_amount),
        wallet: 'BONUS',
        idempotencyKey: `bonus-grant:${grant.id}`,
        reason: 'bonus activated',
      });
      grant = await this.update(tenantId, grant.id, 'funded_at = now()', 'funded_at is null');
    }

    if (grant.state === 'ACTIVE' && grant.expires_at && isGrantExpired(grant.expires_at, now)) {
      grant = await this.update(
        tenantId,
        grant.id,
        `state = '${next('ACTIVE', 'EXPIRE')}', ended_at = now()`,
        `state = 'ACTIVE'`,
      );
    } else if (grant.state === 'ACTIVE' && BigInt(grant.wagered) >= BigInt(grant.wagering_required)) {
      grant = await this.update(tenantId, grant.id, `state = '${next('ACTIVE', 'WAGERING_MET')}'`, `state = 'ACTIVE'`);
    }

    if (
      grant.state === 'ELIGIBLE' ||
      ((grant.state === 'EXPIRED' || grant.state === 'CANCELLED') && !grant.settled_at)
    ) {
      const ending = grant.state === 'ELIGIBLE' ? 'COMPLETED' : grant.state;
      grant = await this.plan(tenantId, grant, ending);
      const toCash = BigInt(grant.planned_to_cash!);
      const forfeited = BigInt(grant.planned_forfeit!);
      const money = { tenantId, playerId: grant.player_id, asset: grant.asset, grantId: grant.id };
      if (ending === 'COMPLETED') {
        if (toCash > 0n)
          await this.replanOnRefusal(tenantId, grant, () =>
            this.wallet.bonusConvert({ ...money, amount: toCash, idempotencyKey: money.grantId }),
          );
        if (forfeited > 0n)
          await this.wallet.bonusForfeit({
            ...money,
            amount: forfeited,
            idempotencyKey: `${grant.id}:over-cap`,
            reason: 'above max cash-out',
          });
        grant = await this.update(
          tenantId,
          grant.id,
          `state = '${next('ELIGIBLE', 'CONVERT')}', converted = converted + ${toCash}, forfeited = forfeited + ${forfeited}, ended_at = now(), settled_at = now()`,
          `state = 'ELIGIBLE'`,
        );
      } else {
        if (forfeited > 0n)
          await this.replanOnRefusal(tenantId, grant, () =>
            this.wallet.bonusForfeit({
              ...money,
              amount: forfeited,
              idempotencyKey: money.grantId,
              reason: ending.toLowerCase(),
            }),
          );
        grant = await this.update(
          tenantId,
          grant.id,
          `forfeited = forfeited + ${forfeited}, settled_at = now()`,
          'settled_at is null',
        );
      }
    }

    if (isFinalGrantState(grant.state) && grant.settled_at) {
      await withTenantTransaction(this.pool, tenantId, (client) =>
        client.query('delete from bonus.grant_task where grant_id = $1', [grant!.id]),
      );
      const activated = await this.activateNext(tenantId, grant.player_id);
      if (activated) await this.step(tenantId, activated, now);
    } else if (grant.state === 'ACTIVE' && grant.expires_at) {
      await withTenantTransaction(this.pool, tenantId, (client) =>
        this.schedule(client, tenantId, grant!.id, grant!.expires_at!),
      );
    }
  }

  /**
   * Fixes the ending's money plan once: the player's bonus money in the grant's asset as the wallet
   * holds it now (bets have staked and won it since the grant was funded), converted up to the max
   * cash-out on completion and forfeited otherwise (planConversion). Written before any money moves,
   * so a retry after a crash sends the same amounts under the same keys, even though the balance
   * has changed by then.
   */
  private async plan(tenantId: string, grant: GrantRow, ending: GrantEnding): Promise<GrantRow> {
    if (grant.planned_to_cash !== null && grant.planned_forfeit !== null) return grant;
    const { balances } = await this.wallet.balances({ tenantId, playerId: grant.player_id, asset: grant.asset });
    const bonus = balances.find((balance) => balance.accountType === 'PLAYER_BONUS' && balance.asset === grant.asset);
    const bonusBalance = bonus ? BigInt(bonus.available) : 0n;
    const plan = planConversion({
      ending,
      bonusBalance: bonusBalance < 0n ? 0n : bonusBalance,
      maxCashOut: grant.max_cash_out === null ? null : BigInt(grant.max_cash_out),
    });
    return this.update(
      tenantId,
      grant.id,
      `planned_to_cash = ${plan.toCash}, planned_forfeit = ${plan.forfeited}`,
      'planned_to_cash is null',
    );
  }

  /**
   * A bonus whose money was all staked and lost before wagering was met is over: left ACTIVE it would
   * keep its max bet on the player's cash play and hold their next bonus back until it expired. Asked
   * after a bet that staked bonus money; ends the grant CANCELLED (BONUS_MONEY_SPENT) when the wallet
   * shows no bonus money left in the grant's asset, then settles it (nothing to forfeit) and starts
   * the next bonus. A round still open with a bonus stake may later pay bonus money back; it stays in
   * the bonus account and is converted or forfeited with the player's next bonus ending.
   */
  async endIfBonusSpent(tenantId: string, grantId: string): Promise<boolean> {
    const grant = await this.load(tenantId, grantId);
    if (!grant || grant.state !== 'ACTIVE' || !grant.funded_at) return false;
    const { balances } = await this.wallet.balances({ tenantId, playerId: grant.player_id, asset: grant.asset });
    const bonus = balances.find((balance) => balance.accountType === 'PLAYER_BONUS' && balance.asset === grant.asset);
    if (bonus && BigInt(bonus.balance) > 0n) return false;
    const ended = await withTenantTransaction(this.pool, tenantId, async (client) => {
      await client.query(PLAYER_LOCK, [tenantId, grant.player_id]);
      const { rowCount } = await client.query(
        `update bonus.bonus_grant set state = '${next('ACTIVE', 'CANCEL')}', end_reason = 'BONUS_MONEY_SPENT', ended_at = now(), updated_at = now()
          where tenant_id = $1 and id = $2 and state = 'ACTIVE'`,
        [tenantId, grantId],
      );
      if (rowCount) await this.schedule(client, tenantId, grantId, new Date());
      return (rowCount ?? 0) > 0;
    });
    if (ended) await this.advance(tenantId, grantId);
    return ended;
  }

  /**
   * The first money move of an ending, refused because the bonus balance is now below the plan (a
   * bet in flight spent bonus money after the plan was fixed): the refusal moved nothing and used no
   * key, so the plan is dropped and the next sweep plans again from the wallet's balance. Without
   * this the same refused request would be retried for ever.
   */
  private async replanOnRefusal(tenantId: string, grant: GrantRow, move: () => Promise<unknown>): Promise<void> {
    try {
      await move();
    } catch (error) {
      if (error instanceof WalletRefusal && error.code === 'INSUFFICIENT_FUNDS') {
        await this.update(tenantId, grant.id, 'planned_to_cash = null, planned_forfeit = null', 'settled_at is null');
      }
      throw error;
    }
  }

  /** Puts the grant on the sweep's list, due at `dueAt`. */
  async schedule(client: pg.PoolClient, tenantId: string, grantId: string, dueAt: Date): Promise<void> {
    await client.query(
      `insert into bonus.grant_task (grant_id, tenant_id, due_at) values ($1, $2, $3) on conflict (grant_id) do update set due_at = excluded.due_at`,
      [grantId, tenantId, dueAt],
    );
  }

  private async load(tenantId: string, grantId: string): Promise<GrantRow | undefined> {
    return withTenant(
      this.pool,
      tenantId,
      async (client) =>
        (
          await client.query<GrantRow>('select * from bonus.bonus_grant where tenant_id = $1 and id = $2', [
            tenantId,
            grantId,
          ])
        ).rows[0],
    );
  }

  /** A guarded update (`set` only from trusted code and bigint amounts); returns the row as it now stands either way. */
  private async update(tenantId: string, grantId: string, set: string, guard: string): Promise<GrantRow> {
    return withTenantTransaction(this.pool, tenantId, async (client) => {
      await client.query(
        `update bonus.bonus_grant set ${set}, updated_at = now() where tenant_id = $1 and id = $2 and ${guard}`,
        [tenantId, grantId],
      );
      return (
        await client.query<GrantRow>('select * from bonus.bonus_grant where tenant_id = $1 and id = $2', [
          tenantId,
          grantId,
        ])
      ).rows[0]!;
    });
  }
}
