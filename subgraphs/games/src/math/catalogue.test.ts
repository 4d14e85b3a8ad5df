import { describe, expect, it } from 'vitest';
import { GAME_CODES, GAME_MODELS, getGameModel, isGameCode } from './catalogue.js';

describe('game catalogue', () => {
  it('holds the five games under their codes, each with its default variant', () => {
    expect(GAME_CODES).toEqual(['DICE', 'LIMBO', 'ROULETTE', 'SLOTS', 'MINES']);
    for (const code of GAME_CODES) {
      const model = getGameModel(code);
      expect(model.code).toBe(code);
      expect(model.variants[model.defaultVariant]).toBeDefined();
      for (const variant of Object.values(model.variants)) expect(variant.rtp).toBeGreaterThan(0.9);
    }
    expect(GAME_MODELS.MINES.kind).toBe('MULTI_STEP');
    expect(GAME_MODELS.DICE.kind).toBe('INSTANT');
  });

  it.each([
    ['DICE', true],
    ['dice', false],
    ['POKER', false],
    ['toString', false],
    [42, false],
  ])('recognises %j as a game code: %s', (value, known) => {
    expect(isGameCode(value)).toBe(known);
  });
});
