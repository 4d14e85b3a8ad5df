/*
 * Auto-bet for dice and limbo: bets run one after another with the same game settings until the
 * number of bets is reached, a stop rule fires, the player presses Stop, or a bet is refused. After
 * each bet the stake may change: back to the base stake, or up by a percentage (on a win, on a loss).
 * Money is bigint minor units throughout.
 */

export type StakeChange = { mode: 'reset' } | { mode: 'increase'; percent: number };

export interface AutoBetConfig {
  /** How many bets to place (≥ 1). */
  count: number;
  baseStake: bigint;
  /** Stop once the session's net result is at least this (minor units), if set. */
  stopOnProfit: bigint | null;
  /** Stop once the session has lost at least this (minor units, positive), if set. */
  stopOnLoss: bigint | null;
  onWin: StakeChange;
  onLoss: StakeChange;
  /** The stake a change may not exceed (the game's max stake). */
  maxStake: bigint;
}

export interface AutoBetState {
  placed: number;
  /** Σ payout − Σ stake so far. */
  profit: bigint;
  stake: bigint;
}

export type StopReason = 'COUNT' | 'PROFIT' | 'LOSS' | 'MAX_STAKE';

export function startAutoBet(config: AutoBetConfig): AutoBetState {
  return { placed: 0, profit: 0n, stake: config.baseStake };
}

/** Basis points of a percentage with up to 2 decimals (12.5 → 1250), so the arithmetic stays in bigint. */
function basisPoints(percent: number): bigint {
  return BigInt(Math.round(percent * 100));
}

function nextStake(config: AutoBetConfig, current: bigint, change: StakeChange): bigint {
  if (change.mode === 'reset') return config.baseStake;
  // Round up, so a small stake still grows (1 minor unit + 50 % → 2, not 1).
  const raised = (current * (10_000n + basisPoints(change.percent)) + 9_999n) / 10_000n;
  return raised;
}

/**
 * The state after one settled bet and whether to stop. A stop rule is checked on the running result
 * after the bet (so "stop on profit ≥ 5.00" stops after the bet that crosses it).
 */
export function afterAutoBet(
  config: AutoBetConfig,
  state: AutoBetState,
  bet: { stake: bigint; payout: bigint },
): { state: AutoBetState; stop: StopReason | null } {
  const won = bet.payout > bet.stake;
  const next: AutoBetState = {
    placed: state.placed + 1,
    profit: state.profit + bet.payout - bet.stake,
    stake: nextStake(config, state.stake, won ? config.onWin : config.onLoss),
  };
  if (config.stopOnProfit !== null && next.profit >= config.stopOnProfit) return { state: next, stop: 'PROFIT' };
  if (config.stopOnLoss !== null && -next.profit >= config.stopOnLoss) return { state: next, stop: 'LOSS' };
  if (next.placed >= config.count) return { state: next, stop: 'COUNT' };
  if (next.stake > config.maxStake) return { state: next, stop: 'MAX_STAKE' };
  return { state: next, stop: null };
}

export const STOP_MESSAGES: Record<StopReason | 'USER' | 'REFUSED', string> = {
  COUNT: 'Auto-bet finished: all bets placed.',
  PROFIT: 'Auto-bet stopped: the profit target was reached.',
  LOSS: 'Auto-bet stopped: the loss limit was reached.',
  MAX_STAKE: 'Auto-bet stopped: the next stake would be above the maximum for this game.',
  USER: 'Auto-bet stopped.',
  REFUSED: 'Auto-bet stopped: a bet was not accepted.',
};

export type AutoBetFormResult =
  | { ok: true; count: number; onWin: StakeChange; onLoss: StakeChange }
  | { ok: false; field: 'count' | 'onWin' | 'onLoss'; problem: string };

/** Reads the number of bets and the stake changes the player typed. */
export function readAutoBetForm(form: { count: string; onWin: string; onLoss: string }): AutoBetFormResult {
  const count = form.count.trim();
  if (!/^\d{1,4}$/.test(count) || Number(count) < 1 || Number(count) > 1000)
    return { ok: false, field: 'count', problem: 'Enter a number of bets from 1 to 1000.' };
  const change = (text: string): StakeChange | null => {
    const value = text.trim();
    if (value === '' || value === '0') return { mode: 'reset' };
    if (!/^\d{1,3}(?:\.\d{1,2})?$/.test(value) || Number(value) > 1000) return null;
    return { mode: 'increase', percent: Number(value) };
  };
  const onWin = change(form.onWin);
  if (!onWin)
    return {
      ok: false,
      field: 'onWin',
      problem: 'Enter a percentage from 0 to 1000, or leave it empty to reset the stake.',
    };
  const onLoss = change(form.onLoss);
  if (!onLoss)
    return {
      ok: false,
      field: 'onLoss',
      problem: 'Enter a percentage from 0 to 1000, or leave it empty to reset the stake.',
    };
  return { ok: true, count: Number(count), onWin, onLoss };
}
