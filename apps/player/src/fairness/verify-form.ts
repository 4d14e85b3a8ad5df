import { canonicalJson } from '../games/shared/canonical-json';
import { GAME_CODES, type GameCode, isGameCode } from '../games/shared/game-catalogue';
import { verifierParams } from './compare-verification';

/*
 * The fairness page's forms: the client seed the player chooses at rotation, and the verifier's
 * inputs (typed or pasted, or filled from a revealed bet). Only shape is checked here; the verifier
 * says what is wrong with values it cannot use.
 */

const CLIENT_SEED = /^[\x21-\x39\x3b-\x7e]{1,64}$/;
const HEX_64 = /^[0-9a-f]{64}$/i;

/** The new client seed, or null for a random one (empty field); a problem in plain words otherwise. */
export function readClientSeed(text: string): { ok: true; clientSeed: string | null } | { ok: false; problem: string } {
  const value = text.trim();
  if (value === '') return { ok: true, clientSeed: null };
  if (value.length > 64) return { ok: false, problem: 'Use at most 64 characters.' };
  if (!CLIENT_SEED.test(value)) return { ok: false, problem: 'Use visible characters only: no spaces and no ":".' };
  return { ok: true, clientSeed: value };
}

/** House-edge variants the verifier knows, for the games that have them. */
export const VARIANTS_BY_GAME: Record<GameCode, string[]> = {
  DICE: ['edge-1', 'edge-2'],
  LIMBO: ['edge-1', 'edge-2'],
  MINES: ['edge-1', 'edge-2'],
  ROULETTE: [],
  SLOTS: [],
};

export interface VerifyForm {
  game: string;
  serverSeed: string;
  serverSeedHash: string;
  clientSeed: string;
  nonce: string;
  params: string;
  variant: string;
}

export const EMPTY_VERIFY_FORM: VerifyForm = {
  game: 'DICE',
  serverSeed: '',
  serverSeedHash: '',
  clientSeed: '',
  nonce: '0',
  params: '{"target": 50.5, "direction": "OVER"}',
  variant: 'edge-1',
};

/** Example params per game, shown when the player switches game in an empty form. */
export const EXAMPLE_PARAMS: Record<GameCode, string> = {
  DICE: '{"target": 50.5, "direction": "OVER"}',
  LIMBO: '{"target": 2}',
  ROULETTE: '{"bets": [{"kind": "RED", "amount": "100"}]}',
  SLOTS: '{}',
  MINES: '{"mines": 3, "revealed": [0, 1, 2]}',
};

export interface VerifyInput {
  game: GameCode;
  serverSeed: string;
  serverSeedHash?: string;
  clientSeed: string;
  nonce: number;
  params: unknown;
  variant?: string;
}

export type VerifyFormResult =
  { ok: true; input: VerifyInput } | { ok: false; errors: Partial<Record<keyof VerifyForm, string>> };

export function readVerifyForm(form: VerifyForm): VerifyFormResult {
  const errors: Partial<Record<keyof VerifyForm, string>> = {};
  if (!isGameCode(form.game)) errors.game = `Choose one of ${GAME_CODES.join(', ')}.`;
  const serverSeed = form.serverSeed.trim().toLowerCase();
  if (!HEX_64.test(serverSeed))
    errors.serverSeed = 'The server seed is 64 hexadecimal characters (revealed after rotation).';
  const hash = form.serverSeedHash.trim().toLowerCase();
  if (hash !== '' && !HEX_64.test(hash))
    errors.serverSeedHash = 'The hash is 64 hexadecimal characters, or leave it empty.';
  const clientSeed = form.clientSeed.trim();
  if (!CLIENT_SEED.test(clientSeed)) errors.clientSeed = 'Enter the client seed: 1–64 visible characters, no ":".';
  const nonceText = form.nonce.trim();
  if (!/^\d{1,15}$/.test(nonceText)) errors.nonce = 'The nonce is a whole number from 0.';
  let params: unknown = {};
  try {
    params = form.params.trim() === '' ? {} : JSON.parse(form.params);
    if (typeof params !== 'object' || params === null || Array.isArray(params))
      errors.params = 'The params are a JSON object, like {"target": 50.5, "direction": "OVER"}.';
  } catch {
    errors.params = 'The params are not valid JSON.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const game = form.game as GameCode;
  const input: VerifyInput = { game, serverSeed, clientSeed, nonce: Number(nonceText), params };
  if (hash) input.serverSeedHash = hash;
  if (VARIANTS_BY_GAME[game].length > 0 && form.variant) input.variant = form.variant;
  return { ok: true, input };
}

/** The form filled from a revealed bet (its seeds, nonce, params as played and RTP variant). */
export function verifyFormFromBet(bet: {
  game: GameCode;
  params: unknown;
  outcome: unknown;
  variant: string;
  fairness: { serverSeed: string | null; serverSeedHash: string; clientSeed: string; nonce: number };
}): VerifyForm {
  return {
    game: bet.game,
    serverSeed: bet.fairness.serverSeed ?? '',
    serverSeedHash: bet.fairness.serverSeedHash,
    clientSeed: bet.fairness.clientSeed,
    nonce: String(bet.fairness.nonce),
    params: canonicalJson(verifierParams(bet.game, bet.params, bet.outcome)),
    variant: VARIANTS_BY_GAME[bet.game].includes(bet.variant) ? bet.variant : '',
  };
}
