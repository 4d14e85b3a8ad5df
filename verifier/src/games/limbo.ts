/**
 * Limbo: f = float() (4 bytes / 2^32), result = floor(RTP / (1 − f) × 100) / 100, evaluated in integers as
 * floor(P · 2^32 / (2^32 − x)) hundredths where x = the 4 bytes as an integer and P the RTP in percent.
 * The bet wins when result ≥ target and then pays the target.
 */
import type { HmacStream } from '../hmac-stream.ts';
import { fraction, ZERO, type Fraction } from '../fraction.ts';
import { cents, fail, noOtherKeys, record, rtpPercentFor } from '../input.ts';

export interface LimboResult {
  result: number;
  win: boolean;
}

const TWO_32 = 4_294_967_296n;

export async function verifyLimbo(
  stream: HmacStream,
  rawParams: unknown,
  variant?: string,
): Promise<{ outcome: LimboResult; multiplier: Fraction }> {
  const params = record(rawParams, 'Limbo params');
  noOtherKeys(params, ['target'], 'Limbo params');
  const target = cents(params.target, 'target');
  if (target < 101 || target > 100_000_000) fail('target must be between 1.01 and 1000000.');
  const percent = rtpPercentFor(variant);

  const x = BigInt(Math.round((await stream.float()) * 4_294_967_296));
  const hundredths = Number((percent * TWO_32) / (TWO_32 - x));
  const win = hundredths >= target;
  return { outcome: { result: hundredths / 100, win }, multiplier: win ? fraction(BigInt(target), 100n) : ZERO };
}
