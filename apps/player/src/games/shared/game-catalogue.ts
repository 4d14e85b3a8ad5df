/** The five games as the player site names and routes them (the API's GameCode → a page). */
export type GameCode = 'DICE' | 'LIMBO' | 'ROULETTE' | 'SLOTS' | 'MINES';

export const GAME_CODES: readonly GameCode[] = ['DICE', 'LIMBO', 'ROULETTE', 'SLOTS', 'MINES'];

const PATHS: Record<GameCode, string> = {
  DICE: 'dice',
  LIMBO: 'limbo',
  ROULETTE: 'roulette',
  SLOTS: 'slots',
  MINES: 'mines',
};

export const GAME_BLURBS: Record<GameCode, string> = {
  DICE: 'Roll 0.00–99.99 over or under your target. You set the odds.',
  LIMBO: 'Pick a target multiplier and hope the draw reaches it.',
  ROULETTE: 'European single-zero wheel: straight, splits, corners, dozens and more.',
  SLOTS: 'Five reels, ten paylines, wilds and scatters.',
  MINES: 'Reveal gems on a 5×5 grid, dodge the mines, cash out when you like.',
};

/** A short mark shown on the game's card (text, so it needs no image assets). */
export const GAME_MARKS: Record<GameCode, string> = { DICE: '⚄', LIMBO: '↗', ROULETTE: '◎', SLOTS: '7', MINES: '◆' };

export const GAME_NAMES: Record<GameCode, string> = {
  DICE: 'Dice',
  LIMBO: 'Limbo',
  ROULETTE: 'Roulette',
  SLOTS: 'Slots',
  MINES: 'Mines',
};

/** The game a page path names (`dice` → DICE), or null. */
export function gameOfPath(segment: string): GameCode | null {
  return GAME_CODES.find((code) => PATHS[code] === segment) ?? null;
}

export function isGameCode(value: unknown): value is GameCode {
  return typeof value === 'string' && (GAME_CODES as readonly string[]).includes(value);
}

/** `/aurora/games/dice` */
export function gamePath(tenantSlug: string, code: GameCode): string {
  return `/${tenantSlug}/games/${PATHS[code]}`;
}

/** The fairness page, opened on one bet's verification when `betId` is given. */
export function fairnessPath(tenantSlug: string, betId?: string): string {
  return betId ? `/${tenantSlug}/fairness?bet=${encodeURIComponent(betId)}#verify` : `/${tenantSlug}/fairness`;
}
