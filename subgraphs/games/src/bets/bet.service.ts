import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { AfterCommitNotifier, type BatchAnswer, Batcher, batchItemError, inKeyOrder, sqlState, statement, withTenantTransaction } from '@casinox/db';
import { CodedError, findAsset } from '@casinox/graphql';
import type { TenantCurrencies } from '@casinox/events';
import { type WalletClient, WalletRefusal, type WalletResult, WalletUnavailable } from '@casinox/wallet-client';
import type pg from 'pg';
import { DEFAULT_STAKE_LIMITS, KNOWN_ASSETS } from '../config/default-stake-limits.js';
import { FairRng } from '@casinox/fairness';
import { hashServerSeed, newClientSeed, newServerSeed } from '@casinox/fairness';
import { getGameModel } from '../math/catalogue.js';
import { GameParamError, type GameCode, type Multiplier, type MultiStepGameModel } from '../math/game-model.js';
import { formatMultiplier } from '../math/multiplier.js';
import { BetRefused, SQLSTATE_PROBLEMS, invalidParams, keyReused, walletUnavailable } from './bet.errors.js';
import type { BetStatus } from './bet.entity.js';
import { type BetRow, type BetView, toBetView } from './bet-row.js';
import { isBigWin } from './is-big-win.js';
import { type BetLedger, planBetLedger, walletExtras } from './plan-bet-ledger.js';
import { placementsAtOnce, settlementsAtOnce } from './group-steps.js';
import { type Assumptions, PlacementMemory } from './placement-memory.js';

export interface BetRequest {
  tenantId: string;
  playerId: string;
  game: GameCode;
  asset: string;
  stake: bigint;
  params: unknown;
  idempotencyKey: string;
}

/** A bet as it stands after the call, with the player's balance in its asset when the wallet just reported it. */
export interface BetOutcome {
  bet: BetView;
  balanceAfter: bigint | null;
  /** True when the key had been used before: this is the first call's bet. */
  replayed: boolean;
}

/** What place_bet answers: placed, a replay of the key's first bet, or the current truth to compute again from. */
type PlaceAnswer = { placed: true } | { replay: true; betId: string } | ({ stale: true } & Assumptions);

/** transition_bet's answer: the bet as it now stands, and its bet.settled seq when it just settled. */
type TransitionRow = BetRow & { event_seq: string | null };

/** A bet row as transition_bets answers it in JSON: amounts as strings already, timestamps as ISO strings. */
type JsonBetRow = Omit<BetRow, 'created_at' | 'updated_at' | 'settled_at'> & { created_at: string; updated_at: string; settled_at: string | null };

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

/** A value as its jsonb column stores it (bigints, e.g. roulette amounts, as decimal strings). */
const jsonValue = (value: unknown): unknown => JSON.parse(toJson(value));

/** A bet computed from the assumptions, as place_bet records it. */
interface PlayedBet {
  params: unknown;
  outcome: unknown;
  payout: bigint | null;
  multiplier: Multiplier | null;
  state: unknown;
}

/** Group commit: up to 4 groups of up to 8 bets in flight per step (bench:bets: more, smaller groups beat fewer, bigger ones). */
const GROUPS = { maxBatch: 8, concurrency: 4 };

/** So many misses in a row take a storm of rotations or of one player's bets from several processes; the key stays unused. */
const MAX_PLACE_ATTEMPTS = 8;

/** The money movement of a bet as the wallet calls need it. */
interface BetMoney {
  id: string;
  tenantId: string;
  playerId: string;
  asset: string;
  stake: bigint;
  ledger: BetLedger | null;
}

type AnyModel = ReturnType<typeof getGameModel>;
type StepModel = MultiStepGameModel<unknown, unknown, unknown>;

/** JSON for jsonb columns and hashes: bigints (roulette amounts) as decimal strings. */
const toJson = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));

const BET_COLUMNS = 'b.*';

/**
 * The bet lifecycle of docs/architecture.md §4 on plain SQL (one statement per step, no unit of work):
 *   1. the outcome, computed here from the player's seed pair and next nonce as this process last
 *      saw them (placement-memory.ts; pure game math), and the bet's ledger: jackpot pool parts,
 *      progressive round blocks, spend order (plan-bet-ledger.ts);
 *   2. place_bet — replay check, responsible-gambling restrictions, bonus max bet, game enabled,
 *      stake limits, and, when every assumption of step 1 still holds (same pair, nonce, variant,
 *      spend order and jackpot rules), the nonce and the PENDING bet with its outcome and ledger:
 *      the recovery point. Otherwise it answers the current truth and step 1 runs again;
 *   3. ONE wallet call keyed by the bet id (`bet-win` for instant games, `bet` then `win` for rounds),
 *      the jackpot contributions and bonus money inside that one transfer;
 *   4. transition_bet — SETTLED (+ the bet.settled outbox row) or REJECTED; the wallet's bonus
 *      split is recorded with it. The live NOTIFY follows the commit (AfterCommitNotifier).
 * A crash or timeout between 2 and 4 leaves the bet PENDING; the recovery job repeats step 3 with
 * the same key (the wallet replays, never pays twice) and finishes step 4. The outcome is stored
 * at step 2, so recovery can never change it.
 */
export class BetService {
  private readonly memory = new PlacementMemory();

  private readonly notifier: AfterCommitNotifier;
  /** Group commit of the bet path's two statements (place_bets, transition_bets: see sql/). */
  private readonly placing: Batcher<Record<string, unknown>, BatchAnswer<PlaceAnswer>>;
  private readonly transitions: Batcher<Record<string, unknown>, BatchAnswer<{ bet: JsonBetRow; eventSeq: string | null } | null>>;

  constructor(
    private readonly pool: pg.Pool,
    private readonly wallet: WalletClient,
    private readonly currencies: TenantCurrencies,
  ) {
    this.notifier = new AfterCommitNotifier(pool, (error) => console.error('[games] live notification lost', error));
    // Each group in player order: groups in flight take seed-pair rows in the same order.
    const byPlayer = (item: Record<string, unknown>) => `${item.tenantId}|${item.playerId}`;
    // Each step of a group goes as one statement when it can (sql/place_group.sql, sql/transition_group.sql).
    this.placing = new Batcher(
      (items) => inKeyOrder(items, byPlayer, (ordered) => this.batch('select games.place_group($1::jsonb, $2) as answers', ordered, placementsAtOnce(ordered))),
      GROUPS,
    );
    this.transitions = new Batcher((items) => this.batch('select games.transition_group($1::jsonb, $2) as answers', items, settlementsAtOnce(items)), GROUPS);
  }

  /** One group function call: the items, and whether the group may go at once (one statement per tenant). */
  private async batch<T>(sql: string, items: Record<string, unknown>[], atOnce: boolean): Promise<BatchAnswer<T>[]> {
    const { rows } = await this.pool.query<{ answers: BatchAnswer<T>[] }>({ ...statement(sql), values: [JSON.stringify(items), atOnce] });
    return rows[0]!.answers;
  }

  /** Sends the live notifications still queued (before the pool closes). */
  drainNotifications(): Promise<void> {
    return this.notifier.drain();
  }

  /** An instant game: outcome, stake and win in one wallet transaction. */
  async placeBet(request: BetRequest): Promise<BetOutcome> {
    const model = getGameModel(request.game);
    if (model.kind !== 'INSTANT') throw invalidParams(`${request.game} is played in rounds: start one with startRound.`);
    const prepared = this.prepare(model, request);
    await this.checkOffered(request);
    const placed = await this.place(request, model, prepared, false, (assumed) => {
      const params = this.parse(model, request.params, assumed.variant);
      const played = model.play(new FairRng(assumed.serverSeed, assumed.clientSeed, assumed.nonce), params, prepared.stake, assumed.variant);
      return { params, outcome: played.outcome, payout: played.payout, multiplier: played.multiplier, state: null };
    });
    if ('replay' in placed) return placed.replay;
    return this.settleInstant({ id: placed.id, tenantId: request.tenantId, playerId: request.playerId, asset: request.asset, stake: prepared.stake, ledger: placed.ledger, payout: placed.payout! });
  }

  /** A multi-step game: debits the stake and opens the round (its randomness is fixed now, from the seeds). */
  async startRound(request: BetRequest): Promise<BetOutcome> {
    const model = getGameModel(request.game);
    if (model.kind !== 'MULTI_STEP') throw invalidParams(`${request.game} is an instant game: use placeBet.`);
    const step = model as unknown as StepModel;
    const prepared = this.prepare(model, request);
    await this.checkOffered(request);
    const placed = await this.place(request, model, prepared, true, (assumed) => {
      const params = this.parse(model, request.params, assumed.variant);
      const state = step.start(new FairRng(assumed.serverSeed, assumed.clientSeed, assumed.nonce), params, assumed.variant);
      return { params, outcome: step.view(state, false, assumed.variant), payout: null, multiplier: null, state };
    });
    if ('replay' in placed) return placed.replay;
    return this.debitRound({ id: placed.id, tenantId: request.tenantId, playerId: request.playerId, asset: request.asset, stake: prepared.stake, ledger: placed.ledger });
  }

  /** One step of an open round (reveal a tile). Ends it when the step loses or completes it. */
  act(tenantId: string, playerId: string, betId: string, rawAction: unknown): Promise<BetOutcome> {
    return this.advanceRound(tenantId, playerId, betId, (model, row, state) => {
      let action: unknown;
      try {
        action = model.parseAction(rawAction, state);
      } catch (error) {
        if (error instanceof GameParamError) throw invalidParams(error.message);
        throw error;
      }
      return model.act(state, action, BigInt(row.stake), row.variant);
    });
  }

  /** Ends an open round at the current multiplier and pays it. */
  cashOut(tenantId: string, playerId: string, betId: string): Promise<BetOutcome> {
    return this.advanceRound(tenantId, playerId, betId, (model, row, state) => {
      try {
        return { ...model.cashOut(state, BigInt(row.stake), row.variant), finished: true };
      } catch (error) {
        if (error instanceof GameParamError) throw invalidParams(error.message);
        throw error;
      }
    });
  }

  /**
   * Finishes a bet left PENDING or CASHING (crash, timeout): the same wallet call with the same key.
   * Used by the recovery job; harmless on a bet another process is finishing at the same moment.
   */
  async redrive(row: BetRow): Promise<BetStatus> {
    // The ledger stored with the bet: the same jackpots and spend order as the first attempt.
    const base: BetMoney = { id: row.id, tenantId: row.tenant_id, playerId: row.player_id, asset: row.asset, stake: BigInt(row.stake), ledger: row.ledger };
    if (row.status === 'CASHING') return (await this.payRound({ ...base, payout: BigInt(row.payout ?? '0') })).bet.status;
    if (row.status !== 'PENDING') return row.status;
    const model = getGameModel(row.game as GameCode);
    const outcome = model.kind === 'INSTANT' ? await this.settleInstant({ ...base, payout: BigInt(row.payout ?? '0') }) : await this.debitRound(base);
    return outcome.bet.status;
  }

  // ── steps ────────────────────────────────────────────────────────────────────────────────

  private ledgerOf(stake: bigint, assumed: Assumptions): BetLedger | null {
    return planBetLedger({
      stake,
      rules: assumed.jackpots,
      spendOrder: assumed.spendOrder,
      seeds: { serverSeed: assumed.serverSeed, clientSeed: assumed.clientSeed, nonce: assumed.nonce },
    });
  }

  private prepare(model: AnyModel, request: BetRequest): { stake: bigint; hash: string; params: unknown } {
    if (!KNOWN_ASSETS.includes(request.asset)) throw new BetRefused('ASSET_NOT_SUPPORTED', `${request.asset.slice(0, 16)} cannot be staked.`);
    if (request.stake <= 0n) throw invalidParams('stake must be greater than zero.');
    const params = this.parse(model, request.params, model.defaultVariant);
    let stake: bigint;
    try {
      stake = (model.totalStake as (p: unknown, s: bigint) => bigint)(params, request.stake);
    } catch (error) {
      if (error instanceof GameParamError) throw invalidParams(error.message);
      throw error;
    }
    this.checkExposure(model, request.asset, stake, params);
    const hash = createHash('sha256').update(toJson([request.game, request.asset, stake, params])).digest('hex');
    return { stake, hash, params };
  }

  /**
   * The stake, and the most this bet can ever pay, stay within the asset's maximum per money input
   * (the wallet refuses a larger win, which would strand a round): STAKE_OUT_OF_LIMITS, with the
   * largest stake these params allow. Pure arithmetic, nothing read.
   */
  private checkExposure(model: AnyModel, asset: string, stake: bigint, params: unknown): void {
    const ceiling = findAsset(asset)!.maxAmount;
    // The highest over the game's variants: the tenant's variant is only known in the database.
    const top = Object.keys(model.variants)
      .map((variant) => (model.maxMultiplier as (p: unknown, v: string) => Multiplier)(params, variant))
      .reduce((a, b) => (a.num * b.den >= b.num * a.den ? a : b));
    if (stake <= ceiling && stake * top.num <= ceiling * top.den) return;
    const largest = top.num > top.den ? (ceiling * top.den) / top.num : ceiling;
    throw new BetRefused('STAKE_OUT_OF_LIMITS', `With these settings a stake may be at most ${largest} minor units: its win could exceed what one payment may carry.`, { minStake: '', maxStake: largest.toString() });
  }

  /** The tenant's currency list, from memory (TenantCurrencies re-reads a tenant at most every 2 s): nothing per bet. */
  private async checkOffered(request: BetRequest): Promise<void> {
    if (!(await this.currencies.offers(request.tenantId, request.asset))) throw new BetRefused('ASSET_NOT_OFFERED', `This casino does not offer ${request.asset}.`);
  }

  private parse(model: AnyModel, raw: unknown, variant: string): unknown {
    try {
      return model.parseParams(raw, variant);
    } catch (error) {
      if (error instanceof GameParamError) throw invalidParams(error.message);
      throw error;
    }
  }

  /**
   * Steps 1 and 2: computes the bet from what this process last saw and records it with place_bet,
   * again from the current truth while an assumption turns out stale (a cold start costs one miss).
   */
  private async place(
    request: BetRequest,
    model: AnyModel,
    prepared: { stake: bigint; hash: string },
    singleRound: boolean,
    play: (assumed: Assumptions) => PlayedBet,
  ): Promise<{ replay: BetOutcome } | (PlayedBet & { id: string; ledger: BetLedger | null })> {
    const { tenantId, playerId, game, asset } = request;
    for (let attempt = 1; ; attempt += 1) {
      const assumed = this.memory.recall(tenantId, playerId, game, asset);
      const bet = assumed ? { id: randomUUID(), ...play(assumed), ledger: this.ledgerOf(prepared.stake, assumed) } : null;
      let answer: PlaceAnswer;
      try {
        answer = await this.callPlaceBet(request, model, prepared, singleRound, assumed, bet);
      } catch (error) {
        if (assumed) this.memory.release(tenantId, playerId, assumed);
        const state = sqlState(error);
        // A deadlock undid this bet only (it ran in its own subtransaction): it goes again.
        if ((state === '40P01' || state === '40001') && attempt < MAX_PLACE_ATTEMPTS) continue;
        if (state === 'CX457') return { replay: await this.replayByKey(request) };
        throw this.refusal(error);
      }
      if ('placed' in answer) return bet!;
      if ('replay' in answer) {
        if (assumed) this.memory.release(tenantId, playerId, assumed);
        return { replay: await this.replayById(tenantId, answer.betId) };
      }
      if (answer.seedPairId) this.memory.learn(tenantId, playerId, game, asset, answer);
      else this.memory.forget(tenantId, playerId);
      if (attempt >= MAX_PLACE_ATTEMPTS) throw new CodedError('CONFLICT', 'Your seeds or the game changed while the bet was placed; place it again.');
      // Missed again: several bets of this player are racing for the same next nonces (each miss
      // learns the same truth). A random pause of a few milliseconds breaks the tie.
      if (attempt > 1) await sleep(Math.random() * 2 * attempt);
    }
  }

  private async callPlaceBet(
    request: BetRequest,
    model: AnyModel,
    prepared: { stake: bigint; hash: string },
    singleRound: boolean,
    assumed: Assumptions | null,
    bet: (PlayedBet & { id: string; ledger: BetLedger | null }) | null,
  ): Promise<PlaceAnswer> {
    const limits = DEFAULT_STAKE_LIMITS[request.asset];
    // A first seed pair, used only when the player has none yet (the cold call).
    const seed = assumed ? null : newServerSeed();
    const answer = await this.placing.submit({
      tenantId: request.tenantId,
      playerId: request.playerId,
      key: request.idempotencyKey,
      hash: prepared.hash,
      game: request.game,
      asset: request.asset,
      stake: prepared.stake.toString(),
      defaultVariant: model.defaultVariant,
      defaultMin: limits?.min.toString(),
      defaultMax: limits?.max.toString(),
      singleRound,
      seed: seed ?? undefined,
      seedHash: seed ? hashServerSeed(seed) : undefined,
      clientSeed: seed ? newClientSeed() : undefined,
      assumed: assumed
        ? { seedPairId: assumed.seedPairId, nonce: assumed.nonce, clientSeed: assumed.clientSeed, variant: assumed.variant, spendOrder: assumed.spendOrder, jackpots: assumed.jackpots }
        : undefined,
      id: bet?.id,
      payout: bet?.payout?.toString(),
      multiplier: bet?.multiplier ? formatMultiplier(bet.multiplier, 8) : undefined,
      params: bet ? jsonValue(bet.params) : undefined,
      outcome: bet ? jsonValue(bet.outcome) : undefined,
      state: bet && bet.state !== null ? jsonValue(bet.state) : undefined,
      ledger: bet?.ledger ?? undefined,
    });
    if ('error' in answer) throw batchItemError(answer);
    return answer.ok;
  }

  private async settleInstant(bet: BetMoney & { payout: bigint }): Promise<BetOutcome> {
    const call = () =>
      this.wallet.betWin({ tenantId: bet.tenantId, playerId: bet.playerId, asset: bet.asset, betId: bet.id, stake: bet.stake, win: bet.payout, ...walletExtras(bet.ledger) });
    return this.afterWallet(bet, ['PENDING'], call, { to: 'SETTLED', bigWin: isBigWin(bet.stake, bet.payout) });
  }

  /** A round's start: the stake, its jackpot contributions and bonus spend order in one transfer (the later win needs nothing more). */
  private debitRound(bet: BetMoney): Promise<BetOutcome> {
    const call = () => this.wallet.bet({ tenantId: bet.tenantId, playerId: bet.playerId, asset: bet.asset, betId: bet.id, stake: bet.stake, ...walletExtras(bet.ledger) });
    return this.afterWallet(bet, ['PENDING'], call, { to: 'OPEN', bigWin: false });
  }

  private payRound(bet: BetMoney & { payout: bigint }): Promise<BetOutcome> {
    const call = () => this.wallet.win({ tenantId: bet.tenantId, playerId: bet.playerId, asset: bet.asset, betId: bet.id, amount: bet.payout });
    return this.afterWallet(bet, ['CASHING'], call, { to: 'SETTLED', bigWin: isBigWin(bet.stake, bet.payout), keepTransfer: true });
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
      bet: toBetView(row ?? (await this.load(bet.tenantId, bet.id))),
      balanceAfter: balance ? BigInt(balance.balance) : null,
      replayed: false,
    };
  }

  private async advanceRound(
    tenantId: string,
    playerId: string,
    betId: string,
    step: (model: StepModel, row: BetRow, state: unknown) => { state: unknown; finished: boolean; payout: bigint; multiplier: Multiplier },
  ): Promise<BetOutcome> {
    const moved = await withTenantTransaction(this.pool, tenantId, async (client) => {
      const { rows } = await client.query<BetRow>(`select ${BET_COLUMNS} from games.bet b where b.tenant_id = $1 and b.id = $2 and b.player_id = $3 for update`, [tenantId, betId, playerId]);
      const row = rows[0];
      if (!row) return null;
      if (row.status !== 'OPEN') return { row, ended: true as const };
      const model = getGameModel(row.game as GameCode) as unknown as StepModel;
      const next = step(model, row, row.state);
      const view = model.view(next.state, next.finished, row.variant);
      const to: BetStatus = !next.finished ? 'OPEN' : next.payout > 0n ? 'CASHING' : 'SETTLED';
      const { rows: updated } = await client.query<TransitionRow>(
        'select (t.bet).*, t.event_seq from games.transition_bet($1, $2, $3, $4, $5, $6, $7, $8, null, null, false, null) t',
        [
          tenantId,
          betId,
          ['OPEN'],
          to,
          next.finished ? next.payout.toString() : null,
          next.finished ? formatMultiplier(next.multiplier, 8) : null,
          toJson(view),
          toJson(next.state),
        ],
      );
      return { row: updated[0]!, ended: false as const };
    });
    if (!moved) throw new BetNotFound();
    if (!moved.ended) this.announce(moved.row, false);
    // A step or cash-out repeated after the round ended (a lost response) answers with the round as it
    // ended, like a replayed key; a round still waiting on the wallet is finished first.
    if (moved.ended) {
      // An instant bet was never a round: answering it as a replay told the player "ok".
      if (getGameModel(moved.row.game as GameCode).kind === 'INSTANT') throw new BetRefused('ROUND_NOT_ACTIVE', 'This bet was settled at once: it is not a round you can play or cash out.');
      if (moved.row.status === 'SETTLED') return { bet: toBetView(moved.row), balanceAfter: null, replayed: true };
      if (moved.row.status !== 'CASHING') throw new BetRefused('ROUND_NOT_ACTIVE', `This round is ${moved.row.status.toLowerCase()}, not open.`);
    }
    if (moved.row.status !== 'CASHING') return { bet: toBetView(moved.row), balanceAfter: null, replayed: false };
    // Paying is idempotent by the bet id: a repeat while CASHING re-drives the same wallet call.
    return this.payRound({ id: betId, tenantId, playerId, asset: moved.row.asset, stake: BigInt(moved.row.stake), ledger: moved.row.ledger, payout: BigInt(moved.row.payout ?? '0') });
  }

  private async transition(
    tenantId: string,
    betId: string,
    from: BetStatus[],
    to: BetStatus,
    options: { transfer?: string | null; rejection?: string; attempted: boolean; bigWin?: boolean; split?: BonusSplit | null },
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

  /** The live fan-out of a settled bet, once its transition committed (tenant feed, the player's bets, big wins). */
  private announce(row: TransitionRow, bigWin: boolean): void {
    if (row.event_seq === null) return;
    this.notifier.notify('cx_bet_settled', { tenantId: row.tenant_id, playerId: row.player_id, betId: row.id, seq: Number(row.event_seq), bigWin });
  }

  // ── reads ────────────────────────────────────────────────────────────────────────────────

  private async load(tenantId: string, betId: string): Promise<BetRow> {
    const row = await withTenantTransaction(this.pool, tenantId, async (client) => {
      const { rows } = await client.query<BetRow>(`select ${BET_COLUMNS} from games.bet b where b.tenant_id = $1 and b.id = $2`, [tenantId, betId]);
      return rows[0];
    });
    if (!row) throw new BetNotFound();
    return row;
  }

  private async replayById(tenantId: string, betId: string): Promise<BetOutcome> {
    const row = await this.load(tenantId, betId);
    if (row.status === 'REJECTED') throw rejectionOf(row.id, row.rejection_code ?? 'REJECTED');
    if (row.status === 'PENDING' || row.status === 'CASHING') throw walletUnavailable();
    return { bet: toBetView(row), balanceAfter: null, replayed: true };
  }

  private async replayByKey(request: BetRequest): Promise<BetOutcome> {
    const id = await withTenantTransaction(this.pool, request.tenantId, async (client) => {
      const { rows } = await client.query<{ id: string }>('select id from games.bet where tenant_id = $1 and player_id = $2 and idempotency_key = $3', [
        request.tenantId,
        request.playerId,
        request.idempotencyKey,
      ]);
      return rows[0]?.id;
    });
    if (!id) throw new BetNotFound();
    return this.replayById(request.tenantId, id);
  }

  private refusal(error: unknown): Error {
    const state = sqlState(error);
    if (state === 'CX409') return keyReused();
    const problem = state ? SQLSTATE_PROBLEMS[state] : undefined;
    if (!problem) return error instanceof Error ? error : new Error(String(error));
    const message = error instanceof Error ? error.message : problem;
    const detail = (error as { detail?: string }).detail ?? '';
    if (problem === 'MAX_BET_EXCEEDED') return new BetRefused(problem, `While your bonus is wagering, a stake may not exceed ${detail} (minor units).`, { maxStake: detail });
    if (problem === 'STAKE_OUT_OF_LIMITS') {
      const [min = '', max = ''] = detail.split(':');
      return new BetRefused(problem, message, { minStake: min, maxStake: max });
    }
    return new BetRefused(problem, message, detail ? { detail } : {});
  }
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

/** A bet id that does not exist for this player in this tenant (another tenant's ids look the same). */
class BetNotFound extends CodedError {
  constructor() {
    super('NOT_FOUND', 'Bet was not found.');
  }
}

/** What a wallet refusal of the stake means to the player: insufficient funds is expected, anything else is coded. */
function rejectionOf(betId: string, code: string): Error {
  if (code === 'INSUFFICIENT_FUNDS') return new BetRefused('INSUFFICIENT_FUNDS', 'Your balance does not cover this stake.', { betId });
  return new CodedError(code, `The wallet refused the stake (${code}).`, { betId });
}
