import type { KnownPosting } from './account-directory.js';

/** One posting of a group as the wallet process sends it: its key and transfer fields, and, when every account is known, its legs by id. */
export interface GroupItem extends Partial<KnownPosting> {
  tenantId: string;
  key: string;
  hash: string;
  operation: string;
  kind: string;
  playerId?: string;
  reference?: string;
  metadata?: Record<string, unknown>;
}

/**
 * A tenant's part of a group of postings to known accounts as wallet.post_known_group takes it: ONE statement
 * writes every transfer, moves each player balance once by its total over the group, writes every
 * entry and records every key. Item arrays are indexed by the item's position (1-based in SQL);
 * `running` is each leg's running sum within its account over the whole group (items in order), so
 * an entry's balance is the account's balance before the group plus its running sum; `moveLowest`
 * is the lowest such sum (every prefix must be covered, as for one posting); `answer*` give, per item
 * and player account it moved, the running sum at the item's end: the balance that item answers.
 */
export interface KnownGroup extends Pick<
  KnownPosting,
  'accounts' | 'assetIds' | 'amounts' | 'running' | 'moveIds' | 'moveTotals' | 'moveLowest'
> {
  tenantId: string;
  /** Where each of its items stands in the whole group (1-based), for the answers. */
  positions: number[];
  ids: string[];
  keys: string[];
  hashes: string[];
  operations: string[];
  kinds: string[];
  players: (string | null)[];
  refs: (string | null)[];
  metadata: Record<string, unknown>[];
  legItems: number[];
  answerItems: number[];
  answerAccounts: string[];
  answerRunning: string[];
  answerTypes: string[];
  answerAssets: string[];
}

const isKnown = (item: GroupItem): item is GroupItem & KnownPosting => Array.isArray(item.accounts);

/**
 * The group as one set of postings per tenant (one statement runs under one tenant's row-level
 * security), or null when it cannot go at once: a posting that opens an account (by name). Items
 * keep their order within a tenant's part: the order their balances move in.
 */
export function knownGroups(items: readonly GroupItem[], newId: () => string): KnownGroup[] | null {
  if (items.length === 0 || !items.every(isKnown)) return null;
  const parts = new Map<string, number[]>();
  items.forEach((item, index) => {
    const part = parts.get(item.tenantId);
    if (part) part.push(index);
    else parts.set(item.tenantId, [index]);
  });
  return [...parts.entries()].map(([tenantId, indexes]) =>
    knownGroup(tenantId, indexes, items as (GroupItem & KnownPosting)[], newId),
  );
}

function knownGroup(
  tenantId: string,
  indexes: number[],
  all: readonly (GroupItem & KnownPosting)[],
  newId: () => string,
): KnownGroup {
  const group: KnownGroup = {
    tenantId,
    positions: indexes.map((index) => index + 1),
    ids: [],
    keys: [],
    hashes: [],
    operations: [],
    kinds: [],
    players: [],
    refs: [],
    metadata: [],
    legItems: [],
    accounts: [],
    assetIds: [],
    amounts: [],
    running: [],
    moveIds: [],
    moveTotals: [],
    moveLowest: [],
    answerItems: [],
    answerAccounts: [],
    answerRunning: [],
    answerTypes: [],
    answerAssets: [],
  };
  // Each account's sum over the items before the current one, and each moved account's lowest prefix.
  const before = new Map<string, bigint>();
  const moves = new Map<string, { total: bigint; lowest: bigint }>();
  indexes
    .map((index) => all[index]!)
    .forEach((item, i) => {
      group.ids.push(newId());
      group.keys.push(item.key);
      group.hashes.push(item.hash);
      group.operations.push(item.operation);
      group.kinds.push(item.kind);
      group.players.push(item.playerId ?? null);
      group.refs.push(item.reference ?? null);
      group.metadata.push(item.metadata ?? {});
      const ends = new Map<string, bigint>();
      item.accounts.forEach((accountId, leg) => {
        const running = (before.get(accountId) ?? 0n) + BigInt(item.running[leg]!);
        group.legItems.push(i + 1);
        group.accounts.push(accountId);
        group.assetIds.push(item.assetIds[leg]!);
        group.amounts.push(item.amounts[leg]!);
        group.running.push(running.toString());
        ends.set(accountId, running);
      });
      item.moveIds.forEach((accountId, m) => {
        const base = before.get(accountId) ?? 0n;
        const lowest = base + BigInt(item.moveLowest[m]!);
        const total = base + BigInt(item.moveTotals[m]!);
        const move = moves.get(accountId);
        moves.set(accountId, { total, lowest: move && move.lowest < lowest ? move.lowest : lowest });
        group.answerItems.push(i + 1);
        group.answerAccounts.push(accountId);
        group.answerRunning.push(total.toString());
        group.answerTypes.push(item.moveTypes[m]!);
        group.answerAssets.push(item.moveAssets[m]!);
      });
      for (const [accountId, end] of ends) before.set(accountId, end);
    });
  for (const [accountId, move] of moves) {
    group.moveIds.push(accountId);
    group.moveTotals.push(move.total.toString());
    group.moveLowest.push(move.lowest.toString());
  }
  return group;
}
