import type { ProblemCode } from '@casinox/graphql';
import { type AssetSpec, findAsset } from '../assets/asset-catalogue.js';
import type { OutcomeCodec } from '../shared/once-by-key.js';
import type { AdjustmentStatus } from './adjustment.entity.js';

export interface AdjustmentView {
  id: string;
  playerId: string;
  asset: AssetSpec;
  amount: bigint;
  reason: string;
  status: AdjustmentStatus;
  requestedBy: string;
  decidedBy: string | null;
  decisionReason: string | null;
  transferId: string | null;
  decidedAt: Date | null;
  createdAt: Date;
}

/** Expected refusals, returned as typed results (never thrown to the client). */
export type AdjustmentProblem = ProblemCode<'AdjustmentProblem'>;

export interface AdjustmentOutcome {
  problem: AdjustmentProblem | null;
  message: string | null;
  adjustment: AdjustmentView | null;
}

/** An adjustment row as the service selects it (`select *, amount::text`). */
export interface AdjustmentRow {
  id: string;
  player_id: string;
  asset: string;
  amount: string;
  reason: string;
  status: AdjustmentStatus;
  requested_by: string;
  decided_by: string | null;
  decision_reason: string | null;
  transfer_id: string | null;
  decided_at: Date | null;
  created_at: Date;
}

export const toAdjustmentView = (row: AdjustmentRow): AdjustmentView => ({
  id: row.id,
  playerId: row.player_id,
  asset: findAsset(row.asset)!,
  amount: BigInt(row.amount),
  reason: row.reason,
  status: row.status,
  requestedBy: row.requested_by,
  decidedBy: row.decided_by,
  decisionReason: row.decision_reason,
  transferId: row.transfer_id,
  decidedAt: row.decided_at,
  createdAt: row.created_at,
});

export const ok = (adjustment: AdjustmentView): AdjustmentOutcome => ({ problem: null, message: null, adjustment });
export const refused = (
  problem: AdjustmentProblem,
  message: string,
  adjustment: AdjustmentView,
): AdjustmentOutcome => ({ problem, message, adjustment });

type StoredAdjustment = Omit<AdjustmentView, 'asset' | 'amount' | 'decidedAt' | 'createdAt'> & {
  asset: string;
  amount: string;
  decidedAt: string | null;
  createdAt: string;
};

/** How an outcome is stored under its idempotency key: the adjustment as it was when the request was answered. */
export const ADJUSTMENT_OUTCOME: OutcomeCodec<AdjustmentOutcome> = {
  write: ({ problem, message, adjustment: a }) => ({
    problem,
    message,
    adjustment: a && {
      ...a,
      asset: a.asset.code,
      amount: a.amount.toString(),
      decidedAt: a.decidedAt?.toISOString() ?? null,
      createdAt: a.createdAt.toISOString(),
    },
  }),
  read: (stored) => {
    const a = (stored.adjustment ?? null) as StoredAdjustment | null;
    return {
      problem: (stored.problem as AdjustmentProblem | null) ?? null,
      message: (stored.message as string | null) ?? null,
      adjustment: a && {
        ...a,
        asset: findAsset(a.asset)!,
        amount: BigInt(a.amount),
        decidedAt: a.decidedAt ? new Date(a.decidedAt) : null,
        createdAt: new Date(a.createdAt),
      },
    };
  },
};
