/** The games and bet statuses of the API (GameCode, BetStatus), in the order the console lists them. */
export const GAME_CODES = ['DICE', 'LIMBO', 'ROULETTE', 'SLOTS', 'MINES'] as const;
export type GameCodeName = (typeof GAME_CODES)[number];

export const GAME_LABELS: Record<GameCodeName, string> = {
  DICE: 'Dice',
  LIMBO: 'Limbo',
  ROULETTE: 'Roulette',
  SLOTS: 'Slots',
  MINES: 'Mines',
};

export const BET_STATUSES = ['SETTLED', 'OPEN', 'CASHING', 'PENDING', 'REJECTED'] as const;
export type BetStatusName = (typeof BET_STATUSES)[number];

export const BET_STATUS_LABELS: Record<BetStatusName, string> = {
  SETTLED: 'Settled',
  OPEN: 'Round open',
  CASHING: 'Cashing out',
  PENDING: 'Pending',
  REJECTED: 'Rejected',
};

export function gameLabel(code: string): string {
  return (GAME_LABELS as Record<string, string>)[code] ?? code;
}

export function betStatusLabel(status: string): string {
  return (BET_STATUS_LABELS as Record<string, string>)[status] ?? status;
}

/** Assets a stake may name (the wallet's catalogue). */
export const BET_ASSETS = ['EUR', 'USD', 'GBP', 'USDC', 'BTC', 'ETH', 'CREDITS'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value.trim());
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-03-01" → midnight UTC of that day; null when it is not a real calendar date. */
function utcMidnight(date: string): Date | null {
  const match = DAY.exec(date);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const value = new Date(Date.UTC(y, m - 1, d));
  return value.getUTCFullYear() === y && value.getUTCMonth() === m - 1 && value.getUTCDate() === d ? value : null;
}

export type DateRangeResult =
  { ok: true; from: string | null; to: string | null } | { ok: false; field: 'from' | 'to'; problem: string };

/**
 * A day range as typed in two date inputs (UTC days, both inclusive) → the API's half-open instant
 * range: `from` at the first day's midnight, `to` at the midnight after the last day.
 */
export function dateRange(fromDay: string, toDay: string): DateRangeResult {
  const fromText = fromDay.trim();
  const toText = toDay.trim();
  const from = fromText ? utcMidnight(fromText) : null;
  if (fromText && !from) return { ok: false, field: 'from', problem: 'Enter a date as YYYY-MM-DD.' };
  const toStart = toText ? utcMidnight(toText) : null;
  if (toText && !toStart) return { ok: false, field: 'to', problem: 'Enter a date as YYYY-MM-DD.' };
  if (from && toStart && toStart < from)
    return { ok: false, field: 'to', problem: 'The end date is before the start date.' };
  const to = toStart ? new Date(toStart.getTime() + 24 * 60 * 60 * 1000) : null;
  return { ok: true, from: from?.toISOString() ?? null, to: to?.toISOString() ?? null };
}

export interface BetFilterForm {
  playerId: string;
  game: GameCodeName | '';
  status: BetStatusName | '';
  asset: string;
  /** YYYY-MM-DD (UTC), inclusive. */
  from: string;
  /** YYYY-MM-DD (UTC), inclusive. */
  to: string;
}

export const EMPTY_BET_FILTER: BetFilterForm = { playerId: '', game: '', status: '', asset: '', from: '', to: '' };

export interface BetFilterVariables {
  playerId?: string;
  game?: GameCodeName;
  status?: BetStatusName;
  asset?: string;
  from?: string;
  to?: string;
}

export type BuildBetFilterResult =
  { ok: true; filter: BetFilterVariables | null } | { ok: false; field: keyof BetFilterForm; problem: string };

/** The search form → the API's BetFilter (null when nothing narrows it), or the first field to fix. */
export function buildBetFilter(form: BetFilterForm): BuildBetFilterResult {
  const playerId = form.playerId.trim();
  if (playerId && !isUuid(playerId))
    return { ok: false, field: 'playerId', problem: 'Enter a player id (a UUID, as on the player’s page).' };
  const range = dateRange(form.from, form.to);
  if (!range.ok) return { ok: false, field: range.field, problem: range.problem };
  const asset = form.asset.trim().toUpperCase();
  const filter: BetFilterVariables = {
    ...(playerId ? { playerId: playerId.toLowerCase() } : {}),
    ...(form.game ? { game: form.game } : {}),
    ...(form.status ? { status: form.status } : {}),
    ...(asset ? { asset } : {}),
    ...(range.from ? { from: range.from } : {}),
    ...(range.to ? { to: range.to } : {}),
  };
  return { ok: true, filter: Object.keys(filter).length > 0 ? filter : null };
}
