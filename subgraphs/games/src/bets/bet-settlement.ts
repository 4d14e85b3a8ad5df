import { AfterCommitNotifier, type BatchAnswer, Batcher, batchItemError } from '@casinox/db';
import { type WalletClient, WalletRefusal, type WalletResult, WalletUnavailable } from '@casinox/wallet-client';
import type pg from 'pg';
import { rejectionOf, walletUnavailable } from './bet.errors.js';
import type { BetStatus } from './bet.entity.js';
import { loadBet } from './bet-replay.js';
import { type BetMoney, type BetOutcome, callGroup, GROUPS } from './bet-shared.js';
import { type BetRow, toBetView } from './bet-row.js';
import { settlementsAtOnce } from './group-steps.js';
import { isBigWin } from './is-big-win.js';
import { walletExtras } from './plan-bet-ledger.js';

/** transition_bet's answer: the bet as it now stands, and its bet.settled seq when it just settled. */
export type TransitionRow = BetRow & { event_seq: string | null };

/** A bet row as transition_bets answers it in JSON: amounts as strings already, timestamps as ISO strings. */
type JsonBetRow = Omit<BetRow, 'created_at' | 'updated_at' | 'settled_at'> & {
  created_at: string;
  updated_at: string;
  settled_at: string | null;
};

function transitionRow(answer: { bet: JsonBetRow; eventSeq: string | null }): TransitionRow {
  const { bet } = answer;
  return {
    ...bet,
    created_at: new Date(bet.created_at),
    updated_at: new Date(bet.updated_at),
    settled_at: bet.settled_at === null ? null : new Date(bet.settled_at),
    event_seq: answer.eventSeq,
  };
}

/** The part of a wallet split the bet records: only what bonus money took or received (merged into bet.bonus_split). */
type BonusSplit = { stakeFromBonus?: string; winToBonus?: string };

/** What the wallet's split says about bonus money, or null when it used none (a cash-only bet, or no split reported). */
function bonusSplitOf(result: WalletResult): BonusSplit | null {
  const split = result.split;
  if (!split) return null;
  const parts: BonusSplit = {};
  if (split.stakeFromBonus && BigInt(split.stakeFromBonus) > 0n) parts.stakeFromBonus = split.stakeFromBonus;
  if (split.winToBonus && BigInt(split.winToBonus) > 0n) parts.winToBonus = split.winToBonus;
  return Object.keys(parts).length > 0 ? parts : null;
}

/** Steps 7, 8 and 10 of docs/architecture.md §4: the one wallet call of a bet, its transition, the live notification. */
export class BetSettlement {
  private readonly notifier: AfterCommitNotifier;
  /** Group commit of transition_bets (sql/transition_group.sql). */
  private readonly transitions: Batcher<
    Record<string, unknown>,
    BatchAnswer<{ bet: JsonBetRow; eventSeq: string | null } | null>
  >;

  constructor(
    private readonly pool: pg.Pool,
    private readonly wallet: WalletClient,
  ) {
    this.notifier = new AfterCommitNotifier(pool, (error) => console.error('[games] live notification lost', error));
    this.transitions = new Batcher(
      (items) =>
        callGroup(
          this.pool,
          'select games.transition_group($1::jsonb, $2) as answers',
          items,
          settlementsAtOnce(items),
        ),
      GROUPS,
    );
  }

  /** Sends the live notifications still queued (before the pool closes). */
  drainNotifications(): Promise<void> {
    return this.notifier.drain();
  }

  settleInstant(bet: BetMoney & { payout: bigint }): Promise<BetOutcome> {
    const call = () =>
      this.wallet.betWin({
        tenantId: bet.tenantId,
        playerId: bet.playerId,
        asset: bet.asset,
        betId: bet.id,
        stake: bet.stake,
        win: bet.payout,
        ...walletExtras(bet.ledger),
      });
    return this.afterWallet(bet, ['PENDING'], call, { to: 'SETTLED', bigWin: isBigWin(bet.stake, bet.payout) });
  }

  /** A round's start: the stake, its jackpot contributions and bonus spend order in one transfer (the later win needs nothing more). */
  debitRound(bet: BetMoney): Promise<BetOutcome> {
    const call = () =>
      this.wallet.bet({
        tenantId: bet.tenantId,
        playerId: bet.playerId,
        asset: bet.asset,
        betId: bet.id,
        stake: bet.stake,
        ...walletExtras(bet.ledger),
      });
    return this.afterWallet(bet, ['PENDING'], call, { to: 'OPEN', bigWin: false });
  }

  payRound(bet: BetMoney & { payout: bigint }): Promise<BetOutcome> {
    const call = () =>
      this.wallet.win({
        tenantId: bet.tenantId,
        playerId: bet.playerId,
        asset: bet.asset,
        betId: bet.id,
        amount: bet.payout,
      });
    return this.afterWallet(bet, ['CASHING'], call, {
      to: 'SETTLED',
      bigWin: isBigWin(bet.stake, bet.payout),
      keepTransfer: true,
    });
  }

  /** The live fan-out of a settled bet, once its transition committed (tenant feed, the player's bets, big wins). */
  announce(row: TransitionRow, bigWin: boolean): void {
    if (row.event_seq === null) return;
    this.notifier.notify('cx_bet_settled', {
      tenantId: row.tenant_id,
      playerId: row.player_id,
      betId: row.id,
      seq: Number(row.event_seq),
      bigWin,
    });
  }

  /**
   * Makes the wallet call and records what it said. A refusal of the stake (INSUFFICIENT_FUNDS…)
   * rejects the bet; no answer leaves it for the recovery job and tells the caller to retry.
   */
  private async afterWallet(
    bet: { id: string; tenantId: string; asset: string },
    from: BetStatus[],
    call: () => Promise<WalletResult>,
    success: { to: BetStatus; bigWin: boolean; keepTransfer?: boolean },
  ): Promise<BetOutcome> {
    let result: WalletResult;
    try {
      result = await call();
    } catch (error) {
      if (error instanceof WalletRefusal && from.includes('PENDING')) {
        await this.transition(bet.tenantId, bet.id, from, 'REJECTED', { rejection: error.code, attempted: true });
        throw rejectionOf(bet.id, error.code);
      }
      if (error instanceof WalletUnavailable || error instanceof WalletRefusal) throw walletUnavailable();
      throw error;
    }
    const row = await this.transition(bet.tenantId, bet.id, from, success.to, {
      transfer: success.keepTransfer ? null : (result.transferId ?? null),
      attempted: true,
      bigWin: success.bigWin,
      split: bonusSplitOf(result),
    });
    const balance = result.balances.find((b) => b.asset === bet.asset && b.accountType === 'PLAYER_CASH');
    return {
      bet: toBetView(row ?? (await loadBet(this.pool, bet.tenantId, bet.id))),
      balanceAfter: balance ? BigInt(balance.balance) : null,
      replayed: false,
    };
  }

  private async transition(
    tenantId: string,
    betId: string,
    from: BetStatus[],
    to: BetStatus,
    options: {
      transfer?: string | null;
      rejection?: string;
      attempted: boolean;
      bigWin?: boolean;
      split?: BonusSplit | null;
    },
  ): Promise<BetRow | undefined> {
    const answer = await this.transitions.submit({
      tenantId,
      betId,
      from,
      to,
      transfer: options.transfer ?? undefined,
      rejection: options.rejection,
      attempted: options.attempted,
      split: options.split ?? undefined,
    });
    if ('error' in answer) throw batchItemError(answer);
    const rows = answer.ok ? [transitionRow(answer.ok)] : [];
    const row = rows[0];
    if (row) this.announce(row, options.bigWin ?? false);
    return row;
  }
}
