import type { ProblemCode } from '@casinox/graphql';
import { type AssetSpec, findAsset } from '../assets/asset-catalogue.js';
import type { OutcomeCodec } from '../shared/once-by-key.js';
import type { WithdrawalApproval, WithdrawalStatus } from './withdrawal.entity.js';

export interface WithdrawalView {
  id: string;
  playerId: string;
  asset: AssetSpec;
  amount: bigint;
  status: WithdrawalStatus;
  approvalsRequired: number;
  approvedBy: string[];
  reason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Expected refusals, returned as typed results (never thrown to the client). */
export type WithdrawalProblem = ProblemCode<'WithdrawalProblem'>;

export interface WithdrawalOutcome {
  problem: WithdrawalProblem | null;
  message: string | null;
  withdrawal: WithdrawalView | null;
}

/** A withdrawal row as the services select it (`select *, amount::text`). */
export interface WithdrawalRow {
  id: string;
  player_id: string;
  asset: string;
  amount: string;
  status: WithdrawalStatus;
  hold_id: string;
  approvals_required: number;
  approvals: WithdrawalApproval[];
  reason: string | null;
  created_at: Date;
  updated_at: Date;
}

export const toWithdrawalView = (row: WithdrawalRow): WithdrawalView => ({
  id: row.id,
  playerId: row.player_id,
  asset: findAsset(row.asset)!,
  amount: BigInt(row.amount),
  status: row.status,
  approvalsRequired: row.approvals_required,
  approvedBy: row.approvals.map((a) => a.operatorId),
  reason: row.reason,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const ok = (withdrawal: WithdrawalView): WithdrawalOutcome => ({ problem: null, message: null, withdrawal });
export const refused = (
  problem: WithdrawalProblem,
  message: string,
  withdrawal: WithdrawalView | null = null,
): WithdrawalOutcome => ({ problem, message, withdrawal });

/**
 * How an outcome is stored under its idempotency key: the withdrawal as it was when the request
 * was answered, so a replay returns exactly the first answer (amounts as strings, dates as ISO).
 */
export const WITHDRAWAL_OUTCOME: OutcomeCodec<WithdrawalOutcome> = {
  write: ({ problem, message, withdrawal: w }) => ({
    problem,
    message,
    withdrawal: w && {
      ...w,
      asset: w.asset.code,
      amount: w.amount.toString(),
      createdAt: w.createdAt.toISOString(),
      updatedAt: w.updatedAt.toISOString(),
    },
  }),
  read: (stored) => {
    const w = (stored.withdrawal ?? null) as
      | (Omit<WithdrawalView, 'asset' | 'amount' | 'createdAt' | 'updatedAt'> &
          Record<'asset' | 'amount' | 'createdAt' | 'updatedAt', string>)
      | null;
    return {
      problem: (stored.problem as WithdrawalProblem | null) ?? null,
      message: (stored.message as string | null) ?? null,
      withdrawal: w && {
        ...w,
        asset: findAsset(w.asset)!,
        amount: BigInt(w.amount),
        createdAt: new Date(w.createdAt),
        updatedAt: new Date(w.updatedAt),
      },
    };
  },
};
