import { describe, expect, it } from 'vitest';
import { applyJackpotUpdates, dropProofText, jackpotsFor, mergeWins } from './jackpot-view';

const jackpot = (id: string, gameCodes: string[] | null, status = 'ACTIVE') => ({ id, gameCodes, status });

describe('jackpotsFor', () => {
  const all = [jackpot('tenant', null), jackpot('dice', ['DICE']), jackpot('slots', ['SLOTS', 'ROULETTE']), jackpot('paused', null, 'PAUSED')];

  it.each([
    [null, ['tenant', 'dice', 'slots']],
    ['DICE', ['tenant', 'dice']],
    ['ROULETTE', ['tenant', 'slots']],
    ['MINES', ['tenant']],
  ])('on %s shows %j', (game, expected) => {
    expect(jackpotsFor(all, game).map((j) => j.id)).toEqual(expected);
  });
});

describe('applyJackpotUpdates', () => {
  it('replaces pushed jackpots in place and adds new ones at the end', () => {
    const list = [{ id: 'a', pool: '1' }, { id: 'b', pool: '1' }];
    const updates = new Map([
      ['b', { id: 'b', pool: '5' }],
      ['c', { id: 'c', pool: '9' }],
    ]);
    expect(applyJackpotUpdates(list, updates)).toEqual([{ id: 'a', pool: '1' }, { id: 'b', pool: '5' }, { id: 'c', pool: '9' }]);
  });
});

describe('mergeWins', () => {
  it('lists wins newest first, each once, up to the limit', () => {
    const page = [{ id: '2', wonAt: '2026-01-02' }, { id: '1', wonAt: '2026-01-01' }];
    const arrived = [{ id: '3', wonAt: '2026-01-03' }, { id: '2', wonAt: '2026-01-02' }];
    expect(mergeWins(page, arrived, 10).map((w) => w.id)).toEqual(['3', '2', '1']);
    expect(mergeWins(page, arrived, 2).map((w) => w.id)).toEqual(['3', '2']);
  });
});

describe('dropProofText', () => {
  it('names every input of the drop value', () => {
    const text = dropProofText({ serverSeed: 'ss', serverSeedHash: 'hh', clientSeed: 'j/MINI/1', nonce: 0, minDropValue: '100', maxDropValue: '200', dropValue: '150' });
    expect(text).toContain('SHA-256(serverSeed) = hh');
    expect(text).toContain('HMAC-SHA256(ss, "j/MINI/1:0:round") = 150');
  });
});
