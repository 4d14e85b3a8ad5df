import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type BatchAnswer, Batcher, batchItemError, inKeyOrder, sqlState } from '@casinox/db';
import type { TenantCurrencies } from '@casinox/events';
import { hashServerSeed, newClientSeed, newServerSeed } from '@casinox/fairness';
import { CodedError, findAsset } from '@casinox/graphql';
import type pg from 'pg';
import { DEFAULT_STAKE_LIMITS, KNOWN_ASSETS } from '../config/default-stake-limits.js';
import type { getGameModel } from '../math/catalogue.js';
import type { Multiplier } from '../math/game-model.js';
import { formatMultiplier } from '../math/multiplier.js';
import { asClientParams, BetRefused, invalidParams, keyReused, SQLSTATE_PROBLEMS } from './bet.errors.js';
import { replayById, replayByKey } from './bet-replay.js';
import { type BetOutcome, type BetRequest, callGroup, GROUPS, toJson } from './bet-shared.js';
import { placementsAtOnce } from './group-steps.js';
import { type Assumptions, PlacementMemory } from './placement-memory.js';
import { type BetLedger, planBetLedger } from './plan-bet-ledger.js';

export type AnyModel = ReturnType<typeof getGameModel>;

/** A bet computed from the assumptions, as place_bet records it. */
export interface PlayedBet {
  params: unknown;
  outcome: unknown;
  payout: bigint | null;
  multiplier: Multiplier | null;
  state: unknown;
}

/** A stake checked against the game and the asset, with the hash that binds its idempotency key. */
export interface PreparedBet {
  stake: bigint;
  hash: string;
  params: unknown;
}

/** What place_bet answers: placed, a replay of the key's first bet, or the current truth to compute again from. */
type PlaceAnswer = { placed: true } | { replay: true; betId: string } | ({ stale: true } & Assumptions);

/** So many misses in a row take a storm of rotations or of one player's bets from several processes; the key stays unused. */
const MAX_PLACE_ATTEMPTS = 8;

/** A value as its jsonb column stores it (bigints, e.g. roulette amounts, as decimal strings). */
const jsonValue = (value: unknown): unknown => JSON.parse(toJson(value));

/** The game's params for this variant, or the client's INVALID_PARAMS. */
export const parseParams = (model: AnyModel, raw: unknown, variant: string): unknown =>
  asClientParams(() => model.parseParams(raw, variant));

/** Steps 1–6 of docs/architecture.md §4: the checks that need nothing read, the outcome, and place_bet. */
export class BetAdmission {
  private readonly memory = new PlacementMemory();
  /** Group commit of place_bets (sql/place_group.sql), each group in player order. */
  private readonly placing: Batcher<Record<string, unknown>, BatchAnswer<PlaceAnswer>>;

  constructor(
    private readonly pool: pg.Pool,
    private readonly currencies: TenantCurrencies,
  ) {
    // Groups in flight take seed-pair rows in the same order.
    const byPlayer = (item: Record<string, unknown>) => `${item.tenantId}|${item.playerId}`;
    this.placing = new Batcher(
      (items) =>
        inKeyOrder(items, byPlayer, (ordered) =>
          callGroup(
            this.pool,
            'select games.place_group($1::jsonb, $2) as answers',
            ordered,
            placementsAtOnce(ordered),
          ),
        ),
      GROUPS,
    );
  }

  prepare(model: AnyModel, request: BetRequest): PreparedBet {
    if (!KNOWN_ASSETS.includes(request.asset))
      throw new BetRefused('ASSET_NOT_SUPPORTED', `${request.asset.slice(0, 16)} cannot be staked.`);
    if (request.stake <= 0n) throw invalidParams('stake must be greater than zero.');
    const params = parseParams(model, request.params, model.defaultVariant);
    const stake = asClientParams(() => (model.totalStake as (p: unknown, s: bigint) => bigint)(params, request.stake));
    checkExposure(model, request.asset, stake, params);
    const hash = createHash('sha256')
      .update(toJson([request.game, request.asset, stake, params]))
      .digest('hex');
    return { stake, hash, params };
  }

  /** The tenant's currency list, from memory (TenantCurrencies re-reads a tenant at most every 2 s): nothing per bet. */
  async checkOffered(request: BetRequest): Promise<void> {
    if (!(await this.currencies.offers(request.tenantId, request.asset)))
      throw new BetRefused('ASSET_NOT_OFFERED', `This casino does not offer ${request.asset}.`);
  }

  /**
   * Steps 5 and 6: computes the bet from what this process last saw and records it with place_bet,
   * again from the current truth while an assumption turns out stale (a cold start costs one miss).
   */
  async place(
    request: BetRequest,
    model: AnyModel,
    prepared: PreparedBet,
    singleRound: boolean,
    play: (assumed: Assumptions) => PlayedBet,
  ): Promise<{ replay: BetOutcome } | (PlayedBet & { id: string; ledger: BetLedger | null })> {
    const { tenantId, playerId, game, asset } = request;
    for (let attempt = 1; ; attempt += 1) {
      const assumed = this.memory.recall(tenantId, playerId, game, asset);
      const bet = assumed ? { id: randomUUID(), ...play(assumed), ledger: ledgerOf(prepared.stake, assumed) } : null;
      let answer: PlaceAnswer;
      try {
        answer = await this.callPlaceBet(request, model, prepared, singleRound, assumed, bet);
      } catch (error) {
        if (assumed) this.memory.release(tenantId, playerId, assumed);
        const state = sqlState(error);
        // A deadlock undid this bet only (it ran in its own subtransaction): it goes again.
        if ((state === '40P01' || state === '40001') && attempt < MAX_PLACE_ATTEMPTS) continue;
        if (state === 'CX457') return { replay: await replayByKey(this.pool, request) };
        throw refusal(error);
      }
      if ('placed' in answer) return bet!;
      if ('replay' in answer) {
        if (assumed) this.memory.release(tenantId, playerId, assumed);
        return { replay: await replayById(this.pool, tenantId, answer.betId) };
      }
      if (answer.seedPairId) this.memory.learn(tenantId, playerId, game, asset, answer);
      else this.memory.forget(tenantId, playerId);
      if (attempt >= MAX_PLACE_ATTEMPTS)
        throw new CodedError('CONFLICT', 'Your seeds or the game changed while the bet was placed; place it again.');
      // Several bets of this player race for the same next nonces: a random pause of a few milliseconds breaks the tie.
      if (attempt > 1) await sleep(Math.random() * 2 * attempt);
    }
  }

  private async callPlaceBet(
    request: BetRequest,
    model: AnyModel,
    prepared: PreparedBet,
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
        ? {
            seedPairId: assumed.seedPairId,
            nonce: assumed.nonce,
            clientSeed: assumed.clientSeed,
            variant: assumed.variant,
            spendOrder: assumed.spendOrder,
            jackpots: assumed.jackpots,
          }
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
}

function ledgerOf(stake: bigint, assumed: Assumptions): BetLedger | null {
  return planBetLedger({
    stake,
    rules: assumed.jackpots,
    spendOrder: assumed.spendOrder,
    seeds: { serverSeed: assumed.serverSeed, clientSeed: assumed.clientSeed, nonce: assumed.nonce },
  });
}

/**
 * The stake and the most this bet can ever pay stay within the asset's maximum per money input (the
 * wallet refuses a larger win, which would strand a round). Pure arithmetic, nothing read.
 */
function checkExposure(model: AnyModel, asset: string, stake: bigint, params: unknown): void {
  const ceiling = findAsset(asset)!.maxAmount;
  // The highest over the game's variants: the tenant's variant is only known in the database.
  const top = Object.keys(model.variants)
    .map((variant) => (model.maxMultiplier as (p: unknown, v: string) => Multiplier)(params, variant))
    .reduce((a, b) => (a.num * b.den >= b.num * a.den ? a : b));
  if (stake <= ceiling && stake * top.num <= ceiling * top.den) return;
  const largest = top.num > top.den ? (ceiling * top.den) / top.num : ceiling;
  throw new BetRefused(
    'STAKE_OUT_OF_LIMITS',
    `With these settings a stake may be at most ${largest} minor units: its win could exceed what one payment may carry.`,
    { minStake: '', maxStake: largest.toString() },
  );
}

/** A place_bet failure as the client sees it: a typed refusal, a reused key, or (unexpected) the error itself. */
function refusal(error: unknown): Error {
  const state = sqlState(error);
  if (state === 'CX409') return keyReused();
  const problem = state ? SQLSTATE_PROBLEMS[state] : undefined;
  if (!problem) return error instanceof Error ? error : new Error(String(error));
  const message = error instanceof Error ? error.message : problem;
  const detail = (error as { detail?: string }).detail ?? '';
  if (problem === 'MAX_BET_EXCEEDED')
    return new BetRefused(problem, `While your bonus is wagering, a stake may not exceed ${detail} (minor units).`, {
      maxStake: detail,
    });
  if (problem === 'STAKE_OUT_OF_LIMITS') {
    const [min = '', max = ''] = detail.split(':');
    return new BetRefused(problem, message, { minStake: min, maxStake: max });
  }
  return new BetRefused(problem, message, detail ? { detail } : {});
}
