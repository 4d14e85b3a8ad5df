import { describe, expect, it } from 'vitest';
import { checkQualifyingBet } from './check-qualifying-bet.js';
import type { JackpotBet, JackpotScope } from './jackpot.js';

const tenantWide: JackpotScope = { kind: 'TENANT_WIDE' };
const slotsAndDice: JackpotScope = { kind: 'GAMES', gameCodes: ['SLOTS', 'DICE'] };
const bet = (patch: Partial<JackpotBet> = {}): JackpotBet => ({
  gameCode: 'SLOTS',
  asset: 'USD',
  stake: 100n,
  playerOptedIn: false,
  ...patch,
});

describe('checkQualifyingBet', () => {
  it.each([
    ['any game, tenant-wide', tenantWide, false, bet({ gameCode: 'MINES' }), { qualifies: true }],
    ['a listed game', slotsAndDice, false, bet({ gameCode: 'DICE' }), { qualifies: true }],
    [
      'a game not listed',
      slotsAndDice,
      false,
      bet({ gameCode: 'ROULETTE' }),
      { qualifies: false, reason: 'GAME_NOT_IN_SCOPE' },
    ],
    [
      'a game code in another case',
      slotsAndDice,
      false,
      bet({ gameCode: 'slots' }),
      { qualifies: false, reason: 'GAME_NOT_IN_SCOPE' },
    ],
    ['another asset', tenantWide, false, bet({ asset: 'EUR' }), { qualifies: false, reason: 'WRONG_ASSET' }],
    ['opt-in required, opted in', tenantWide, true, bet({ playerOptedIn: true }), { qualifies: true }],
    ['opt-in required, not opted in', tenantWide, true, bet(), { qualifies: false, reason: 'NOT_OPTED_IN' }],
    ['opt-in not required, not opted in', tenantWide, false, bet(), { qualifies: true }],
    ['a zero stake', tenantWide, false, bet({ stake: 0n }), { qualifies: true }],
    [
      'asset checked before game',
      slotsAndDice,
      true,
      bet({ asset: 'EUR', gameCode: 'MINES' }),
      { qualifies: false, reason: 'WRONG_ASSET' },
    ],
    [
      'game checked before opt-in',
      slotsAndDice,
      true,
      bet({ gameCode: 'MINES' }),
      { qualifies: false, reason: 'GAME_NOT_IN_SCOPE' },
    ],
  ])('%s', (_label, scope, optIn, candidate, expected) => {
    expect(checkQualifyingBet({ asset: 'USD', scope, optIn }, candidate)).toEqual(expected);
  });
});
