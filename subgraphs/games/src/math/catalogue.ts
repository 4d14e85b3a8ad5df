/** The five games by code. Each model's file comment documents its conversion, paytable, RTP and max payout. */
import { dice } from './dice.js';
import type { GameCode, InstantGameModel, MultiStepGameModel } from './game-model.js';
import { limbo } from './limbo.js';
import { mines } from './mines.js';
import { roulette } from './roulette.js';
import { slots } from './slots.js';

// The catalogue is heterogeneous: callers narrow by `kind` and treat params, outcomes and states as the
// opaque JSON they store, so the type parameters are erased here on purpose.
/* eslint-disable @typescript-eslint/no-explicit-any */
export type AnyInstantGameModel = InstantGameModel<any, any>;
export type AnyMultiStepGameModel = MultiStepGameModel<any, any, any>;
/* eslint-enable @typescript-eslint/no-explicit-any */
export type AnyGameModel = AnyInstantGameModel | AnyMultiStepGameModel;

export const GAME_MODELS: Readonly<Record<GameCode, AnyGameModel>> = {
  DICE: dice,
  LIMBO: limbo,
  ROULETTE: roulette,
  SLOTS: slots,
  MINES: mines,
};

export const GAME_CODES = Object.keys(GAME_MODELS) as GameCode[];

export function isGameCode(value: unknown): value is GameCode {
  return typeof value === 'string' && Object.hasOwn(GAME_MODELS, value);
}

export function getGameModel(code: GameCode): AnyGameModel {
  const model = GAME_MODELS[code];
  if (!model) throw new Error(`Unknown game ${String(code)}.`);
  return model;
}
