import { parseMinorUnits } from '@casinox/web';
import { GAME_CODES, gameLabel } from '../bets/bet-filter';

/** One line of the API's gameRtp: a game's variant in one asset. */
export interface RtpRow {
  game: string;
  variant: string;
  asset: string;
  bets: number;
  staked: string;
  paid: string;
  statedRtp: number;
  actualRtp: number | null;
}

/**
 * Below this many bets the measured RTP of a volatile game swings by whole percentage points for
 * no reason but chance: the report says so instead of raising a false alarm.
 */
export const FEW_BETS = 1_000;

/** 0.99 → "99.00 %"; null → "—". */
export function formatRtp(fraction: number | null | undefined, places = 2): string {
  if (fraction == null || !Number.isFinite(fraction)) return '—';
  return `${(fraction * 100).toFixed(places)} %`;
}

/** actual − stated in percentage points (positive: players got back more than stated); null without stakes. */
export function rtpDelta(stated: number, actual: number | null | undefined): number | null {
  if (actual == null || !Number.isFinite(actual) || !Number.isFinite(stated)) return null;
  // Rounded to 1/10,000 of a point so 0.97 − 0.99 reads −2.00, not −2.0000000000000018.
  return Math.round((actual - stated) * 100 * 10_000) / 10_000;
}

/** A delta for a table: "+0.52 pp", "−2.00 pp" (a true minus sign), "0.00 pp", "—". */
export function formatDelta(delta: number | null, places = 2): string {
  if (delta === null) return '—';
  const text = Math.abs(delta).toFixed(places);
  if (Number(text) === 0) return `${(0).toFixed(places)} pp`;
  return `${delta > 0 ? '+' : '−'}${text} pp`;
}

/** What the casino kept: staked − paid in minor units (negative when players won more than they staked). */
export function houseResult(staked: string, paid: string): string {
  return (parseMinorUnits(staked) - parseMinorUnits(paid)).toString();
}

export type RtpVerdict = 'no-bets' | 'few-bets' | 'above' | 'below' | 'on-target';

/**
 * How to read a line: nothing to judge without bets, noise with few, else whether the actual RTP
 * is more than `tolerancePp` percentage points above or below the stated one.
 */
export function rtpVerdict(row: Pick<RtpRow, 'bets' | 'statedRtp' | 'actualRtp'>, tolerancePp = 1): RtpVerdict {
  const delta = rtpDelta(row.statedRtp, row.actualRtp);
  if (row.bets === 0 || delta === null) return 'no-bets';
  if (row.bets < FEW_BETS) return 'few-bets';
  if (delta > tolerancePp) return 'above';
  if (delta < -tolerancePp) return 'below';
  return 'on-target';
}

/** Catalogue order of games, then variant, then asset: the report reads the same every time. */
export function sortRtpRows<T extends Pick<RtpRow, 'game' | 'variant' | 'asset'>>(rows: readonly T[]): T[] {
  const order = (game: string) => {
    const index = (GAME_CODES as readonly string[]).indexOf(game);
    return index === -1 ? GAME_CODES.length : index;
  };
  return [...rows].sort(
    (a, b) =>
      order(a.game) - order(b.game) ||
      a.game.localeCompare(b.game) ||
      a.variant.localeCompare(b.variant) ||
      a.asset.localeCompare(b.asset),
  );
}

export interface RtpChartPoint {
  label: string;
  /** Percent, e.g. 99. */
  stated: number;
  /** Percent; null without stakes (no bar). */
  actual: number | null;
  bets: number;
}

/** Bars for the chart: one per game, variant and asset, in percent. */
export function rtpChartData(rows: readonly RtpRow[]): RtpChartPoint[] {
  return sortRtpRows(rows).map((row) => ({
    label: `${gameLabel(row.game)} · ${row.variant} · ${row.asset}`,
    stated: Math.round(row.statedRtp * 100 * 100) / 100,
    actual: row.actualRtp == null ? null : Math.round(row.actualRtp * 100 * 100) / 100,
    bets: row.bets,
  }));
}
