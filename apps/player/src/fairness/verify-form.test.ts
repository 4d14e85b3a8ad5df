import { describe, expect, it } from 'vitest';
import { EMPTY_VERIFY_FORM, readClientSeed, readVerifyForm, verifyFormFromBet } from './verify-form';

const SEED = 'a'.repeat(64);

describe('readClientSeed', () => {
  it.each([
    ['', { ok: true, clientSeed: null }],
    ['  lucky-7  ', { ok: true, clientSeed: 'lucky-7' }],
    ['x'.repeat(64), { ok: true, clientSeed: 'x'.repeat(64) }],
    ['x'.repeat(65), { ok: false, problem: 'Use at most 64 characters.' }],
    ['a:b', { ok: false, problem: 'Use visible characters only: no spaces and no ":".' }],
    ['a b', { ok: false, problem: 'Use visible characters only: no spaces and no ":".' }],
    ['café', { ok: false, problem: 'Use visible characters only: no spaces and no ":".' }],
  ])('%j', (text, expected) => {
    expect(readClientSeed(text)).toEqual(expected);
  });
});

describe('readVerifyForm', () => {
  it('reads a complete form', () => {
    expect(
      readVerifyForm({
        ...EMPTY_VERIFY_FORM,
        serverSeed: SEED.toUpperCase(),
        clientSeed: 'mine',
        nonce: '7',
        serverSeedHash: 'B'.repeat(64),
      }),
    ).toEqual({
      ok: true,
      input: {
        game: 'DICE',
        serverSeed: SEED,
        serverSeedHash: 'b'.repeat(64),
        clientSeed: 'mine',
        nonce: 7,
        params: { target: 50.5, direction: 'OVER' },
        variant: 'edge-1',
      },
    });
  });

  it('leaves the variant out for games without one, and the hash when empty', () => {
    const result = readVerifyForm({
      ...EMPTY_VERIFY_FORM,
      game: 'SLOTS',
      params: '{}',
      serverSeed: SEED,
      clientSeed: 'c',
      variant: 'edge-1',
    });
    expect(result).toEqual({
      ok: true,
      input: { game: 'SLOTS', serverSeed: SEED, clientSeed: 'c', nonce: 0, params: {} },
    });
  });

  it('names every field that cannot be used', () => {
    const result = readVerifyForm({
      game: 'POKER',
      serverSeed: 'xyz',
      serverSeedHash: 'nope',
      clientSeed: '',
      nonce: '-1',
      params: '[1]',
      variant: '',
    });
    expect(result.ok).toBe(false);
    expect(Object.keys(result.ok ? {} : result.errors).sort()).toEqual([
      'clientSeed',
      'game',
      'nonce',
      'params',
      'serverSeed',
      'serverSeedHash',
    ]);
  });

  it('refuses params that are not JSON', () => {
    expect(readVerifyForm({ ...EMPTY_VERIFY_FORM, serverSeed: SEED, clientSeed: 'c', params: '{target: 5}' })).toEqual({
      ok: false,
      errors: { params: 'The params are not valid JSON.' },
    });
  });
});

describe('verifyFormFromBet', () => {
  it('fills the form from a revealed mines round, with the tiles revealed', () => {
    const form = verifyFormFromBet({
      game: 'MINES',
      params: { mines: 2 },
      outcome: {
        mineCount: 2,
        status: 'CASHED_OUT',
        revealed: [4, 9],
        mines: [0, 1],
        multiplier: '1.1',
        nextMultiplier: null,
      },
      variant: 'edge-1',
      fairness: { serverSeed: SEED, serverSeedHash: 'b'.repeat(64), clientSeed: 'c', nonce: 3 },
    });
    expect(form).toEqual({
      game: 'MINES',
      serverSeed: SEED,
      serverSeedHash: 'b'.repeat(64),
      clientSeed: 'c',
      nonce: '3',
      params: '{"mines":2,"revealed":[4,9]}',
      variant: 'edge-1',
    });
  });

  it('drops a variant the game does not have', () => {
    expect(
      verifyFormFromBet({
        game: 'ROULETTE',
        params: { bets: [] },
        outcome: {},
        variant: 'european',
        fairness: { serverSeed: SEED, serverSeedHash: 'b'.repeat(64), clientSeed: 'c', nonce: 0 },
      }).variant,
    ).toBe('');
  });
});
