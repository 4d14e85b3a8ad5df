import { describe, expect, it } from 'vitest';
import { isFinalGrantState, type GrantState } from './grant-state.js';

describe('isFinalGrantState', () => {
  it.each<[GrantState, boolean]>([
    ['PENDING', false],
    ['GRANTED', false],
    ['ACTIVE', false],
    ['ELIGIBLE', false],
    ['COMPLETED', true],
    ['EXPIRED', true],
    ['CANCELLED', true],
  ])('%s final: %s', (state, final) => {
    expect(isFinalGrantState(state)).toBe(final);
  });
});
