import { withTenant } from '@casinox/db';
import { cursorTime, decodeCursor, encodeCursor } from '@casinox/graphql';
import type pg from 'pg';
import type { AssetKind } from '../assets/asset-catalogue.js';
import type { TransferKind } from '../ledger/account-types.js';

export interface AssetView {
  code: string;
  kind: AssetKind;
  scale: number;
}
export interface WalletView {
  asset: AssetView;
  balance: bigint;
  held: bigint;
  available: bigint;
  bonusBalance: bigint;
}
export interface TransactionView {
  id: string;
  transferId: string;
  kind: TransferKind;
  bucket: 'CASH' | 'BONUS';
  asset: AssetView;
  amount: bigint;
  balanceAfter: bigint;
  reference: string | null;
  createdAt: Date;
}
export interface TransactionPage {
  items: { cursor: string; node: TransactionView }[];
  hasNextPage: boolean;
  endCursor: string | null;
}
export interface TreasuryView {
  account: 'HOUSE' | 'JACKPOT_POOL' | 'TOURNAMENT_ESCROW' | 'PROVIDER_CLEARING' | 'PLATFORM_COMMISSION';
  reference: string;
  asset: AssetView;
  balance: bigint;
}

const asset = (row: { code: string; asset_kind: AssetKind; scale: number }): AssetView => ({
  code: row.code,
  kind: row.asset_kind,
  scale: row.scale,
});

/** Read side of the ledger for the graph: each method one tenant-scoped read transaction. */
export class WalletQueryService {
  constructor(private readonly pool: pg.Pool) {}

  async wallets(tenantId: string, playerId: string): Promise<WalletView[]> {
    const rows = await withTenant(this.pool, tenantId, (client) =>
      client.query<{ code: string; asset_kind: AssetKind; scale: number; type: string; balance: string; held: string }>(
        `select s.code, s.kind as asset_kind, s.scale, a.type, a.balance::text, a.held::text
           from wallet.account a join wallet.asset s on s.id = a.asset_id
          where a.tenant_id = $1 and a.holder = $2 and a.type in ('PLAYER_CASH', 'PLAYER_BONUS')
          order by s.code`,
        [tenantId, playerId],
      ),
    );
    const byAsset = new Map<string, WalletView>();
    for (const row of rows.rows) {
      const wallet = byAsset.get(row.code) ?? {
        asset: asset(row),
        balance: 0n,
        held: 0n,
        available: 0n,
        bonusBalance: 0n,
      };
      if (row.type === 'PLAYER_CASH') {
        wallet.balance = BigInt(row.balance);
        wallet.held = BigInt(row.held);
        wallet.available = wallet.balance - wallet.held;
      } else {
        wallet.bonusBalance = BigInt(row.balance);
      }
      byAsset.set(row.code, wallet);
    }
    return [...byAsset.values()];
  }

  async transactions(
    tenantId: string,
    playerId: string,
    filter: { kinds?: TransferKind[] | null; asset?: string | null; from?: Date | null; to?: Date | null },
    page: { first: number; after?: string | null },
  ): Promise<TransactionPage> {
    const after = page.after ? decodeCursor(page.after) : null;
    const rows = await withTenant(this.pool, tenantId, (client) =>
      client.query<{
        id: string;
        transfer_id: string;
        kind: TransferKind;
        type: string;
        code: string;
        asset_kind: AssetKind;
        scale: number;
        amount: string;
        balance_after: string;
        reference: string | null;
        created_at: Date;
        at: string;
      }>(
        `select e.id, e.transfer_id, t.kind, a.type, s.code, s.kind as asset_kind, s.scale, e.amount::text, e.balance_after::text,
                t.reference, e.created_at, ${cursorTime('e.created_at')} as at
           from wallet.account a
           join wallet.entry e on e.tenant_id = a.tenant_id and e.account_id = a.id
           join wallet.transfer t on t.id = e.transfer_id
           join wallet.asset s on s.id = e.asset_id
          where a.tenant_id = $1 and a.holder = $2 and a.type in ('PLAYER_CASH', 'PLAYER_BONUS')
            and ($3::text[] is null or t.kind = any($3::text[]))
            and ($4::text is null or s.code = $4)
            and ($5::timestamptz is null or e.created_at >= $5)
            and ($6::timestamptz is null or e.created_at < $6)
            and ($7::timestamptz is null or (e.created_at, e.id) < ($7::timestamptz, $8::uuid))
          order by e.created_at desc, e.id desc
          limit $9`,
        [
          tenantId,
          playerId,
          filter.kinds?.length ? filter.kinds : null,
          filter.asset ?? null,
          filter.from ?? null,
          filter.to ?? null,
          after?.at ?? null,
          after?.id ?? null,
          page.first + 1,
        ],
      ),
    );
    const items = rows.rows.slice(0, page.first).map((row) => ({
      cursor: encodeCursor(row.at, row.id),
      node: {
        id: row.id,
        transferId: row.transfer_id,
        kind: row.kind,
        bucket: row.type === 'PLAYER_BONUS' ? ('BONUS' as const) : ('CASH' as const),
        asset: asset(row),
        amount: BigInt(row.amount),
        balanceAfter: BigInt(row.balance_after),
        reference: row.reference,
        createdAt: row.created_at,
      },
    }));
    return { items, hasNextPage: rows.rows.length > page.first, endCursor: items.at(-1)?.cursor ?? null };
  }

  /** Derived balances of the tenant's own accounts (sums of entries: they are append-only). */
  async treasury(tenantId: string): Promise<TreasuryView[]> {
    const rows = await withTenant(this.pool, tenantId, (client) =>
      client.query<{
        type: TreasuryView['account'];
        holder: string;
        code: string;
        asset_kind: AssetKind;
        scale: number;
        balance: string;
      }>(
        `select a.type, a.holder, s.code, s.kind as asset_kind, s.scale,
                coalesce((select sum(e.amount) from wallet.entry e where e.tenant_id = a.tenant_id and e.account_id = a.id), 0)::text as balance
           from wallet.account a join wallet.asset s on s.id = a.asset_id
          where a.tenant_id = $1 and a.type not in ('PLAYER_CASH', 'PLAYER_BONUS')
          order by a.type, s.code, a.holder`,
        [tenantId],
      ),
    );
    return rows.rows.map((row) => ({
      account: row.type,
      reference: row.holder,
      asset: asset(row),
      balance: BigInt(row.balance),
    }));
  }
}
