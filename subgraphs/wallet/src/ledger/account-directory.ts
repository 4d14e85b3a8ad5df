import { LRUCache } from 'lru-cache';
import type pg from 'pg';
import { isPlayerAccount } from './account-types.js';
import type { Leg } from './plan-transfer.js';

/** Where a leg posts: its account and that account's asset, by id. */
export interface KnownAccount {
  accountId: string;
  assetId: string;
}

/**
 * A posting to known accounts, as wallet.post_known_transfer takes it: per leg its account, asset,
 * amount and running sum within its account (legs in order); per player account the total and the
 * lowest running sum (the overdraft rule: every prefix of its legs must be covered, the stake
 * before the win). Amounts are decimal strings (JSON has no bigint).
 */
export interface KnownPosting {
  accounts: string[];
  assetIds: string[];
  amounts: string[];
  running: string[];
  moveIds: string[];
  moveTotals: string[];
  moveLowest: string[];
  moveTypes: string[];
  moveAssets: string[];
}

export function knownPosting(legs: readonly Leg[], accounts: readonly KnownAccount[]): KnownPosting {
  const sums = new Map<string, { total: bigint; lowest: bigint; leg: Leg }>();
  const running = legs.map((leg, i) => {
    const { accountId } = accounts[i]!;
    const sum = sums.get(accountId);
    const total = (sum?.total ?? 0n) + leg.amount;
    sums.set(accountId, { total, lowest: sum && sum.lowest < total ? sum.lowest : total, leg: sum?.leg ?? leg });
    return total;
  });
  const moves = [...sums].filter(([, sum]) => isPlayerAccount(sum.leg.type));
  return {
    accounts: accounts.map((account) => account.accountId),
    assetIds: accounts.map((account) => account.assetId),
    amounts: legs.map((leg) => leg.amount.toString()),
    running: running.map(String),
    moveIds: moves.map(([id]) => id),
    moveTotals: moves.map(([, sum]) => sum.total.toString()),
    moveLowest: moves.map(([, sum]) => sum.lowest.toString()),
    moveTypes: moves.map(([, sum]) => sum.leg.type),
    moveAssets: moves.map(([, sum]) => sum.leg.asset),
  };
}

const keyOf = (tenantId: string, holder: string, type: string, asset: string) =>
  `${tenantId}|${holder}|${type}|${asset}`;

/**
 * The ids of the accounts this process has posted to. An account's id and asset never change and
 * accounts are never deleted, so what was read once stays true; the most recently used ones are
 * kept (a bounded cache: a player who comes back after eviction costs one lookup).
 */
export class AccountDirectory {
  private readonly known: LRUCache<string, KnownAccount>;

  constructor(
    private readonly pool: pg.Pool,
    max = 200_000,
  ) {
    this.known = new LRUCache({ max });
  }

  /** Each leg's account, looking up the ones not known yet; null when an account does not exist yet. */
  async resolve(tenantId: string, legs: readonly Leg[]): Promise<KnownAccount[] | null> {
    const found = legs.map((leg) => this.known.get(keyOf(tenantId, leg.holder, leg.type, leg.asset)));
    const missing = legs.filter((_, i) => !found[i]);
    if (missing.length === 0) return found as KnownAccount[];
    const { rows } = await this.pool.query<{
      holder: string;
      type: string;
      asset: string;
      account_id: string;
      asset_id: string;
    }>('select holder, type, asset, account_id, asset_id from wallet.account_directory($1, $2, $3, $4)', [
      tenantId,
      missing.map((leg) => leg.holder),
      missing.map((leg) => leg.type),
      missing.map((leg) => leg.asset),
    ]);
    for (const row of rows)
      this.known.set(keyOf(tenantId, row.holder, row.type, row.asset), {
        accountId: row.account_id,
        assetId: row.asset_id,
      });
    const all = legs.map((leg) => this.known.get(keyOf(tenantId, leg.holder, leg.type, leg.asset)));
    return all.every((account) => account !== undefined) ? all : null;
  }
}
