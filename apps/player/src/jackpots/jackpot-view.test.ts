import { describe, expect, it } from 'vitest';
import {
  applyJackpotUpdates,
  dropProofText,
  jackpotsFor,
  mergeWins,
  progressiveProofText,
  timeUntil,
} from './jackpot-view';

const jackpot = (id: string, gameCodes: string[] | null, status = 'ACTIVE') => ({ id, gameCodes, status });

describe('jackpotsFor', () => {
  const all = [
    jackpot('tenant', null),
    jackpot('dice', ['DICE']),
    jackpot('slots', ['SLOTS', 'ROULETTE']),
    jackpot('paused', null, 'PAUSED'),
  ];

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
    const list = [
      { id: 'a', pool: '1' },
      { id: 'b', pool: '1' },
    ];
    const updates = new Map([
      ['b', { id: 'b', pool: '5' }],
      ['c', { id: 'c', pool: '9' }],
    ]);
    expect(applyJackpotUpdates(list, updates)).toEqual([
      { id: 'a', pool: '1' },
      { id: 'b', pool: '5' },
      { id: 'c', pool: '9' },
    ]);
  });
});

describe('mergeWins', () => {
  it('lists wins newest first, each once, up to the limit', () => {
    const page = [
      { id: '2', wonAt: '2026-01-02' },
      { id: '1', wonAt: '2026-01-01' },
    ];
    const arrived = [
      { id: '3', wonAt: '2026-01-03' },
      { id: '2', wonAt: '2026-01-02' },
    ];
    expect(mergeWins(page, arrived, 10).map((w) => w.id)).toEqual(['3', '2', '1']);
    expect(mergeWins(page, arrived, 2).map((w) => w.id)).toEqual(['3', '2']);
  });
});

describe('dropProofText', () => {
  it('names every input of the drop value', () => {
    const text = dropProofText({
      serverSeed: 'ss',
      serverSeedHash: 'hh',
      clientSeed: 'j/MINI/1',
      nonce: 0,
      minDropValue: '100',
      maxDropValue: '200',
      dropValue: '150',
    });
    expect(text).toContain('SHA-256(serverSeed) = hh');
    expect(text).toContain('HMAC-SHA256(ss, "j/MINI/1:0:round") = 150');
  });
});

describe('timeUntil', () => {
  const now = new Date('2026-03-01T10:00:00Z');
  it.each([
    ['2026-03-01T13:12:30Z', 'in 3 h 12 min'],
    ['2026-03-01T10:45:00Z', 'in 45 min'],
    ['2026-03-01T10:00:30Z', 'in under a minute'],
    ['2026-03-01T09:59:00Z', 'closing now'],
    ['not a date', 'closing now'],
  ])('%s → %s', (closesAt, expected) => expect(timeUntil(closesAt, now)).toBe(expected));
});

describe('progressiveProofText', () => {
  it('names the round, the bytes, the word and the odds', () => {
    expect(progressiveProofText({ round: 1003, byteOffset: 4, word: 1234, hitOneIn: 50000 })).toBe(
      'HMAC-SHA256(serverSeed, "clientSeed:nonce:1003") bytes 4–7 = 1234; 1234 × 50000 < 2³² (4294967296): a 1 in 50,000 hit',
    );
  });
});
