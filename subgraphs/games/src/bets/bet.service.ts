import type { TenantCurrencies } from '@casinox/events';
import { FairRng } from '@casinox/fairness';
import type { WalletClient } from '@casinox/wallet-client';
import type pg from 'pg';
import { getGameModel } from '../math/catalogue.js';
import type { GameCode, MultiStepGameModel } from '../math/game-model.js';
import { BetAdmission, parseParams } from './bet-admission.js';
import { invalidParams } from './bet.errors.js';
import type { BetStatus } from './bet.entity.js';
import type { BetRow } from './bet-row.js';
import { BetRounds } from './bet-rounds.js';
import { BetSettlement } from './bet-settlement.js';
import type { BetMoney, BetOutcome, BetRequest } from './bet-shared.js';

export type { BetOutcome, BetRequest } from './bet-shared.js';

type StepModel = MultiStepGameModel<unknown, unknown, unknown>;

/**
 * The bet lifecycle of docs/architecture.md §4, one step per file: admission (bet-admission.ts), the
 * wallet call and settlement (bet-settlement.ts), rounds (bet-rounds.ts), replays (bet-replay.ts).
 */
export class BetService {
  private readonly admission: BetAdmission;
  private readonly settlement: BetSettlement;
  private readonly rounds: BetRounds;

  constructor(pool: pg.Pool, wallet: WalletClient, currencies: TenantCurrencies) {
    this.admission = new BetAdmission(pool, currencies);
    this.settlement = new BetSettlement(pool, wallet);
    this.rounds = new BetRounds(pool, this.settlement);
  }

  /** Sends the live notifications still queued (before the pool closes). */
  drainNotifications(): Promise<void> {
    return this.settlement.drainNotifications();
  }

  /** An instant game: outcome, stake and win in one wallet transaction. */
  async placeBet(request: BetRequest): Promise<BetOutcome> {
    const model = getGameModel(request.game);
    if (model.kind !== 'INSTANT')
      throw invalidParams(`${request.game} is played in rounds: start one with startRound.`);
    const prepared = this.admission.prepare(model, request);
    await this.admission.checkOffered(request);
    const placed = await this.admission.place(request, model, prepared, false, (assumed) => {
      const params = parseParams(model, request.params, assumed.variant);
      const played = model.play(
        new FairRng(assumed.serverSeed, assumed.clientSeed, assumed.nonce),
        params,
        prepared.stake,
        assumed.variant,
      );
      return { params, outcome: played.outcome, payout: played.payout, multiplier: played.multiplier, state: null };
    });
    if ('replay' in placed) return placed.replay;
    const { tenantId, playerId, asset } = request;
    return this.settlement.settleInstant({
      id: placed.id,
      tenantId,
      playerId,
      asset,
      stake: prepared.stake,
      ledger: placed.ledger,
      payout: placed.payout!,
    });
  }

  /** A multi-step game: debits the stake and opens the round (its randomness is fixed now, from the seeds). */
  async startRound(request: BetRequest): Promise<BetOutcome> {
    const model = getGameModel(request.game);
    if (model.kind !== 'MULTI_STEP') throw invalidParams(`${request.game} is an instant game: use placeBet.`);
    const step = model as unknown as StepModel;
    const prepared = this.admission.prepare(model, request);
    await this.admission.checkOffered(request);
    const placed = await this.admission.place(request, model, prepared, true, (assumed) => {
      const params = parseParams(model, request.params, assumed.variant);
      const state = step.start(
        new FairRng(assumed.serverSeed, assumed.clientSeed, assumed.nonce),
        params,
        assumed.variant,
      );
      return { params, outcome: step.view(state, false, assumed.variant), payout: null, multiplier: null, state };
    });
    if ('replay' in placed) return placed.replay;
    const { tenantId, playerId, asset } = request;
    return this.settlement.debitRound({
      id: placed.id,
      tenantId,
      playerId,
      asset,
      stake: prepared.stake,
      ledger: placed.ledger,
    });
  }

  /** One step of an open round (reveal a tile). Ends it when the step loses or completes it. */
  act(tenantId: string, playerId: string, betId: string, rawAction: unknown): Promise<BetOutcome> {
    return this.rounds.act(tenantId, playerId, betId, rawAction);
  }

  /** Ends an open round at the current multiplier and pays it. */
  cashOut(tenantId: string, playerId: string, betId: string): Promise<BetOutcome> {
    return this.rounds.cashOut(tenantId, playerId, betId);
  }

  /**
   * Finishes a bet left PENDING or CASHING (crash, timeout) with the same wallet call and key: the
   * recovery job's step, harmless on a bet another process is finishing at the same moment.
   */
  async redrive(row: BetRow): Promise<BetStatus> {
    // The ledger stored with the bet: the same jackpots and spend order as the first attempt.
    const base: BetMoney = {
      id: row.id,
      tenantId: row.tenant_id,
      playerId: row.player_id,
      asset: row.asset,
      stake: BigInt(row.stake),
      ledger: row.ledger,
    };
    if (row.status === 'CASHING')
      return (await this.settlement.payRound({ ...base, payout: BigInt(row.payout ?? '0') })).bet.status;
    if (row.status !== 'PENDING') return row.status;
    const model = getGameModel(row.game as GameCode);
    const outcome =
      model.kind === 'INSTANT'
        ? await this.settlement.settleInstant({ ...base, payout: BigInt(row.payout ?? '0') })
        : await this.settlement.debitRound(base);
    return outcome.bet.status;
  }
}
