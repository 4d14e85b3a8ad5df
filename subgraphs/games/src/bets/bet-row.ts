import type { BetStatus } from './bet.entity.js';
import type { BetLedger } from './plan-bet-ledger.js';

/** A `games.bet` row as pg returns it (int8 and numeric as strings, so amounts stay exact). */
export interface BetRow {
  id: string;
  tenant_id: string;
  player_id: string;
  game: string;
  variant: string;
  asset: string;
  stake: string;
  payout: string | null;
  multiplier: string | null;
  status: BetStatus;
  idempotency_key: string;
  seed_pair_id: string;
  server_seed_hash: string;
  client_seed: string;
  nonce: number;
  params: Record<string, unknown>;
  outcome: Record<string, unknown>;
  state: Record<string, unknown> | null;
  rejection_code: string | null;
  transfer_id: string | null;
  /** What the wallet call carries besides stake and win (plan-bet-ledger.ts); null when nothing applies. */
  ledger: BetLedger | null;
  /** How the wallet split stake and win with bonus money; null when it used none. */
  bonus_split: { stakeFromBonus?: string; winToBonus?: string } | null;
  attempts: number;
  created_at: Date;
  updated_at: Date;
  settled_at: Date | null;
}

/** A bet as the graph shows it. The server seed appears only once its pair is revealed. */
export interface BetView {
  id: string;
  tenantId: string;
  playerId: string;
  game: string;
  variant: string;
  asset: string;
  stake: bigint;
  payout: bigint | null;
  multiplier: string | null;
  status: BetStatus;
  params: Record<string, unknown>;
  /** Null for a REJECTED bet. */
  outcome: Record<string, unknown> | null;
  rejectionCode: string | null;
  seedPairId: string;
  serverSeedHash: string;
  /** Null while the pair is ACTIVE (the commitment must stay secret). */
  serverSeed: string | null;
  /** Position in the tenant's settled-bet stream (null until SETTLED). */
  sequence: string | null;
  clientSeed: string;
  nonce: number;
  createdAt: Date;
  settledAt: Date | null;
}

export function toBetView(
  row: BetRow,
  revealedServerSeed: string | null = null,
  sequence: string | null = null,
): BetView {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    playerId: row.player_id,
    game: row.game,
    variant: row.variant,
    asset: row.asset,
    stake: BigInt(row.stake),
    // A refused bet never happened: the outcome drawn for it and the payout it would have had stay unseen.
    payout: row.payout === null || row.status === 'REJECTED' ? null : BigInt(row.payout),
    multiplier: row.status === 'REJECTED' ? null : row.multiplier,
    status: row.status,
    params: row.params,
    outcome: row.status === 'REJECTED' ? null : row.outcome,
    rejectionCode: row.rejection_code,
    seedPairId: row.seed_pair_id,
    serverSeedHash: row.server_seed_hash,
    serverSeed: revealedServerSeed,
    sequence,
    clientSeed: row.client_seed,
    nonce: row.nonce,
    createdAt: row.created_at,
    settledAt: row.settled_at,
  };
}
