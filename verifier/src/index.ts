/**
 * @casinox/verifier — recompute a CasinoX bet from its revealed seeds.
 *
 * Written from the published scheme (docs/provably-fair.md), sharing no code with the games subgraph, and
 * using only Web Crypto (`crypto.subtle`), so it runs unchanged in a browser and in Node 24.
 *
 *   const result = await verifyBet({ game: 'DICE', serverSeed, clientSeed, nonce: 3,
 *                                    params: { target: 50.5, direction: 'OVER' }, serverSeedHash });
 *   result.hashMatches   // SHA-256(serverSeed) equals the hash shown before the bets
 *   result.outcome       // { roll: 59.7, win: true }
 *   result.multiplier    // "2.00040412" (truncated to 8 decimals; exact: result.multiplierFraction)
 */
import { decimal, fraction, type Fraction } from './fraction.ts';
import { verifyDice, type DiceResult } from './games/dice.ts';
import { verifyLimbo, type LimboResult } from './games/limbo.ts';
import { verifyMines, type MinesResult } from './games/mines.ts';
import { verifyRoulette, type RouletteResult } from './games/roulette.ts';
import { verifySlots, type SlotsResult } from './games/slots.ts';
import { HmacStream, sha256Hex } from './hmac-stream.ts';
import { fail, VerifyError } from './input.ts';

export { sha256Hex, roundBytes } from './hmac-stream.ts';
export { VerifyError } from './input.ts';
export { RED_NUMBERS as ROULETTE_RED_NUMBERS } from './games/roulette.ts';
export type { DiceResult, LimboResult, MinesResult, RouletteResult, SlotsResult };

export const GAMES = ['DICE', 'LIMBO', 'ROULETTE', 'SLOTS', 'MINES'] as const;
export type Game = (typeof GAMES)[number];

/** The outcome shape of each game. */
export interface Outcomes {
  DICE: DiceResult;
  LIMBO: LimboResult;
  ROULETTE: RouletteResult;
  SLOTS: SlotsResult;
  MINES: MinesResult;
}

export interface VerifyBetInput<G extends string = string> {
  /** DICE, LIMBO, ROULETTE, SLOTS or MINES (any case). */
  game: G;
  /** The revealed server seed: 64 hex characters. */
  serverSeed: string;
  clientSeed: string;
  nonce: number;
  /** The bet's params as stored with it; for MINES add `revealed` (the tiles in order) to get the payout. */
  params?: unknown;
  /** The commitment shown before the bet; when given, `hashMatches` says whether the seed fits it. */
  serverSeedHash?: string;
  /** The game's RTP variant for dice, limbo and mines ('edge-1' by default, or 'edge-2'). */
  variant?: string;
}

export interface VerifyBetResult<G extends Game = Game> {
  game: G;
  hashMatches?: boolean;
  /** Same shape as the bet's outcome on the platform (for MINES: the mine positions, see MinesResult). */
  outcome: Outcomes[G];
  /** Payout ÷ stake, truncated to 8 decimals: the payout is floor(stake × multiplierFraction). */
  multiplier: string;
  multiplierFraction: { num: string; den: string };
}

const SEED = /^[0-9a-f]{64}$/;
const CLIENT_SEED = /^[!-9;-~]{1,64}$/; // visible ASCII except ':'

export async function verifyBet<G extends Game>(input: VerifyBetInput<G>): Promise<VerifyBetResult<G>>;
export async function verifyBet(input: VerifyBetInput): Promise<VerifyBetResult>;
export async function verifyBet(input: VerifyBetInput): Promise<VerifyBetResult> {
  const game = String(input.game).trim().toUpperCase() as Game;
  if (!GAMES.includes(game)) fail(`Unknown game '${input.game}'. Expected one of ${GAMES.join(', ')}.`);
  const serverSeed = String(input.serverSeed).trim().toLowerCase();
  if (!SEED.test(serverSeed)) fail('The server seed must be 64 hexadecimal characters.');
  const { clientSeed, nonce } = input;
  if (typeof clientSeed !== 'string' || !CLIENT_SEED.test(clientSeed))
    fail("The client seed must be 1–64 visible ASCII characters without ':'.");
  if (!Number.isSafeInteger(nonce) || nonce < 0) fail('The nonce must be a whole number ≥ 0.');

  const stream = new HmacStream(serverSeed, clientSeed, nonce);
  let played: { outcome: Outcomes[Game]; multiplier: Fraction };
  switch (game) {
    case 'DICE':
      played = await verifyDice(stream, input.params, input.variant);
      break;
    case 'LIMBO':
      played = await verifyLimbo(stream, input.params, input.variant);
      break;
    case 'ROULETTE':
      played = await verifyRoulette(stream, input.params);
      break;
    case 'SLOTS':
      played = await verifySlots(stream, input.params);
      break;
    case 'MINES':
      played = await verifyMines(stream, input.params, input.variant);
      break;
  }

  const m = fraction(played.multiplier.num, played.multiplier.den);
  const result: VerifyBetResult = {
    game,
    outcome: played.outcome,
    multiplier: decimal(m, 8),
    multiplierFraction: { num: m.num.toString(), den: m.den.toString() },
  };
  if (input.serverSeedHash !== undefined)
    result.hashMatches = (await sha256Hex(serverSeed)) === input.serverSeedHash.trim().toLowerCase();
  return result;
}

/** Whether `error` is a problem with the input (show its message) rather than a defect. */
export function isVerifyError(error: unknown): error is VerifyError {
  return error instanceof VerifyError;
}
