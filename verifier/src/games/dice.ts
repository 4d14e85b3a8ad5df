/**
 * Dice: roll = below(10000) shown as roll/100 (0.00–99.99). OVER t wins when roll > 100t, UNDER t when
 * roll < 100t. A win pays RTP ÷ chance: with w winning rolls out of 10,000 and the RTP in percent P,
 * (P/100) ÷ (w/10000) = 100·P / w.
 */
import type { HmacStream } from '../hmac-stream.ts';
import { fraction, ZERO, type Fraction } from '../fraction.ts';
import { cents, fail, noOtherKeys, record, rtpPercentFor } from '../input.ts';

export interface DiceResult {
  roll: number;
  win: boolean;
}

export async function verifyDice(
  stream: HmacStream,
  rawParams: unknown,
  variant?: string,
): Promise<{ outcome: DiceResult; multiplier: Fraction }> {
  const params = record(rawParams, 'Dice params');
  noOtherKeys(params, ['target', 'direction'], 'Dice params');
  const target = cents(params.target, 'target');
  const over = params.direction === 'OVER';
  if (!over && params.direction !== 'UNDER') fail("direction must be 'OVER' or 'UNDER'.");
  const winningRolls = over ? 9999 - target : target;
  if (target > 9999 || winningRolls < 1 || winningRolls > 9800)
    fail('This target is outside the game (win chance must be 0.01%–98%).');
  const percent = rtpPercentFor(variant);

  const roll = await stream.below(10_000);
  const win = over ? roll > target : roll < target;
  return {
    outcome: { roll: roll / 100, win },
    multiplier: win ? fraction(100n * percent, BigInt(winningRolls)) : ZERO,
  };
}
