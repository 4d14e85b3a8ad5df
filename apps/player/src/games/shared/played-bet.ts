import { BetFairnessFields, BetFields, type FragmentOf, readFragment, type ResultOf } from '@casinox/web';
import type { GameCode } from './game-catalogue';

type BetFieldsResult = ResultOf<typeof BetFields>;

/** A bet as the player screens use it: plain data, fairness inputs unmasked. */
export interface PlayedBet extends Omit<BetFieldsResult, 'fairness' | 'game'> {
  game: GameCode;
  fairness: ResultOf<typeof BetFairnessFields>;
}

export function toPlayedBet(raw: FragmentOf<typeof BetFields>): PlayedBet {
  const bet = readFragment(BetFields, raw);
  return { ...bet, game: bet.game, fairness: { ...readFragment(BetFairnessFields, bet.fairness) } };
}
