import { withTenant, withTenantTransaction } from '@casinox/db';
import type { WalletClient } from '@casinox/wallet-client';
import type pg from 'pg';
import { poolHolder } from '../jackpots/jackpot.mapping.js';

/**
 * Brings one tier's pool in the LEDGER up to its read model, then pays its pending wins.
 *
 * Contributions are already in the ledger: games moves them from the stake into the pool inside the
 * bet's own wallet transfer (docs/architecture.md §4, phase 7) and the consumer records them as funded. What
 * the house adds — the first seed, the reseed after a win, a FIXED prize's top-up, an operator's
 * sponsorship — is recorded here first (pool_funding, `funded_at` null, in the same transaction as
 * the pool change) and then moved house → pool by the wallet's `jackpot/fund` under its own key, then
 * marked. A crash between the two is finished by the next drive (the key makes the wallet replay,
 * never post twice). A win is paid (`jackpot/pay`, keyed by the win id: once, however often driven)
 * only after every funding recorded before it is in the ledger, so the ledger pool always holds what
 * the win pays.
 *
 * Safe to run concurrently for the same tier (every wallet call is idempotent); a failed wallet
 * call throws and leaves the rest for the next drive.
 */
export class PoolLedger {
  constructor(
    private readonly pool: pg.Pool,
    private readonly wallet: WalletClient,
  ) {}

  /** The LEDGER balance of pools of one asset (wallet `pools`: one call for all of them); a pool never posted to reads 0. */
  async balances(tenantId: string, asset: string, pools: string[]): Promise<Map<string, bigint>> {
    if (pools.length === 0) return new Map();
    const answer = await this.wallet.poolBalances({ tenantId, asset, pools });
    return new Map(answer.pools.map((row) => [row.pool, BigInt(row.balance)]));
  }

  async drive(tenantId: string, jackpotId: string, tierCode: string): Promise<void> {
    await this.fundPending(tenantId, jackpotId, tierCode);
    const paid = await this.payPendingWins(tenantId, jackpotId, tierCode);
    // A win records its reseed with it: move that now rather than with the next bet.
    if (paid > 0) await this.fundPending(tenantId, jackpotId, tierCode);
  }

  private async fundPending(tenantId: string, jackpotId: string, tierCode: string): Promise<void> {
    const { asset, fundings } = await withTenant(this.pool, tenantId, async (client) => {
      const jackpot = await client.query<{ asset: string }>(
        `select asset from jackpot.jackpot where tenant_id = $1 and id = $2`,
        [tenantId, jackpotId],
      );
      const fundings = await client.query<{ key: string; amount: string; kind: string }>(
        `select key, amount, kind from jackpot.pool_funding where tenant_id = $1 and jackpot_id = $2 and tier_code = $3 and funded_at is null order by created_at`,
        [tenantId, jackpotId, tierCode],
      );
      return { asset: jackpot.rows[0]?.asset, fundings: fundings.rows };
    });
    if (!asset || fundings.length === 0) return;
    const pool = poolHolder(jackpotId, tierCode);
    const fundedKeys: string[] = [];
    for (const row of fundings) {
      await this.wallet.jackpotFund({
        tenantId,
        asset,
        pool,
        amount: BigInt(row.amount),
        idempotencyKey: row.key,
        reason: row.kind.toLowerCase(),
      });
      fundedKeys.push(row.key);
    }
    await withTenantTransaction(this.pool, tenantId, (client) =>
      client.query(
        `update jackpot.pool_funding set funded_at = now() where tenant_id = $1 and key = any($2::text[]) and funded_at is null`,
        [tenantId, fundedKeys],
      ),
    );
  }

  private async payPendingWins(tenantId: string, jackpotId: string, tierCode: string): Promise<number> {
    const wins = await withTenant(
      this.pool,
      tenantId,
      async (client) =>
        (
          await client.query<{ id: string; player_id: string; asset: string; amount: string }>(
            `select id, player_id, asset, amount from jackpot.jackpot_win where tenant_id = $1 and jackpot_id = $2 and tier_code = $3 and status = 'PENDING' order by seeding`,
            [tenantId, jackpotId, tierCode],
          )
        ).rows,
    );
    for (const win of wins) {
      const result = await this.wallet.jackpotPay({
        tenantId,
        playerId: win.player_id,
        asset: win.asset,
        pool: poolHolder(jackpotId, tierCode),
        amount: BigInt(win.amount),
        winId: win.id,
      });
      await withTenantTransaction(this.pool, tenantId, (client) =>
        client.query(
          `update jackpot.jackpot_win set status = 'PAID', paid_at = now(), transfer_id = $3 where tenant_id = $1 and id = $2 and status = 'PENDING'`,
          [tenantId, win.id, result.transferId ?? null],
        ),
      );
    }
    return wins.length;
  }
}
