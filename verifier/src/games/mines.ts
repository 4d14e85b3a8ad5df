/**
 * Mines, 25 tiles (row by row): the m mines are the first m entries of a Fisher–Yates shuffle of 0…24
 * (entry i swapped with entry i + below(25 − i)), listed ascending. Given the tiles the player revealed, in
 * order: a mine among them pays 0; otherwise k safe tiles pay RTP × C(25, k) / C(25 − m, k).
 */
import type { HmacStream } from '../hmac-stream.ts';
import { choose, fraction, ZERO, type Fraction } from '../fraction.ts';
import { fail, noOtherKeys, record, rtpPercentFor } from '../input.ts';

export interface MinesResult {
  mines: number[];
  /** The revealed tiles given, up to and including the first mine. */
  revealed: number[];
  /** The first revealed tile that is a mine, if any. */
  hitMine: number | null;
}

export async function verifyMines(
  stream: HmacStream,
  rawParams: unknown,
  variant?: string,
): Promise<{ outcome: MinesResult; multiplier: Fraction }> {
  const params = record(rawParams, 'Mines params');
  noOtherKeys(params, ['mines', 'revealed'], 'Mines params');
  const m = params.mines;
  if (typeof m !== 'number' || !Number.isInteger(m) || m < 1 || m > 24)
    fail('mines must be a whole number from 1 to 24.');
  const given = params.revealed ?? [];
  if (
    !Array.isArray(given) ||
    !given.every((t) => Number.isInteger(t) && t >= 0 && t <= 24) ||
    new Set(given).size !== given.length
  ) {
    fail('revealed must be a list of distinct tiles 0–24.');
  }
  const percent = rtpPercentFor(variant);

  const tiles = Array.from({ length: 25 }, (_, i) => i);
  for (let i = 0; i < m; i++) {
    const j = i + (await stream.below(25 - i));
    [tiles[i], tiles[j]] = [tiles[j]!, tiles[i]!];
  }
  const mines = tiles.slice(0, m).sort((a, b) => a - b);

  const hit = (given as number[]).findIndex((t) => mines.includes(t));
  const revealed = hit === -1 ? [...(given as number[])] : (given as number[]).slice(0, hit + 1);
  if (hit === -1 && revealed.length > 25 - m) fail('More tiles revealed than there are safe tiles.');
  const k = revealed.length;
  const multiplier = hit !== -1 || k === 0 ? ZERO : fraction(percent * choose(25, k), 100n * choose(25 - m, k));
  return { outcome: { mines, revealed, hitMine: hit === -1 ? null : revealed[hit]! }, multiplier };
}
