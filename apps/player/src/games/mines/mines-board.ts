import type { MinesView } from '../shared/outcomes';

/*
 * The 5×5 mines grid as the screen draws it (tiles 0–24, row by row), from the round's view: the
 * API shows only the revealed tiles while the round is open, and every mine once it is over.
 */

export const TILES = 25;
export const MINE_COUNTS: readonly number[] = Array.from({ length: 24 }, (_, i) => i + 1);

export type TileState = 'hidden' | 'gem' | 'mine-hit' | 'mine' | 'gem-unrevealed';

export function tileStates(view: MinesView | null): TileState[] {
  const states: TileState[] = Array.from({ length: TILES }, () => 'hidden');
  if (!view) return states;
  const mines = new Set(view.mines ?? []);
  const over = view.status !== 'ACTIVE';
  for (const tile of view.revealed) states[tile] = mines.has(tile) ? 'mine-hit' : 'gem';
  if (over && view.mines) {
    for (let t = 0; t < TILES; t++) {
      if (states[t] !== 'hidden') continue;
      states[t] = mines.has(t) ? 'mine' : 'gem-unrevealed';
    }
  }
  return states;
}

/** Safe tiles revealed so far (a hit mine is the last revealed tile and does not count). */
export function safeRevealed(view: MinesView): number {
  return view.status === 'LOST' ? view.revealed.length - 1 : view.revealed.length;
}

/** Whether the player may cash out now: the round is open and at least one gem is showing. */
export function canCashOut(view: MinesView | null): boolean {
  return !!view && view.status === 'ACTIVE' && view.revealed.length >= 1;
}

/** "Row 2, column 3" for tile 7 (the tile buttons' accessible names). */
export function tileLabel(tile: number): string {
  return `Tile row ${Math.floor(tile / 5) + 1}, column ${(tile % 5) + 1}`;
}

/** payout = floor(stake × multiplier) for a decimal multiplier string, exactly (for the cash-out button). */
export function payoutAt(stake: bigint, multiplier: string | null): bigint | null {
  if (!multiplier) return null;
  const match = /^(\d+)(?:\.(\d+))?$/.exec(multiplier.trim());
  if (!match) return null;
  const fraction = match[2] ?? '';
  const scale = 10n ** BigInt(fraction.length);
  return (stake * BigInt(`${match[1]}${fraction}`)) / scale;
}

/** A random hidden tile (the "pick for me" button), or null when none is left. */
export function randomHiddenTile(view: MinesView | null, random: () => number): number | null {
  const revealed = new Set(view?.revealed ?? []);
  const hidden = Array.from({ length: TILES }, (_, t) => t).filter((t) => !revealed.has(t));
  if (hidden.length === 0) return null;
  return hidden[Math.floor(random() * hidden.length) % hidden.length]!;
}
