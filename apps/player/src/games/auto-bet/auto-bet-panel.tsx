'use client';

import { type FormEvent, useEffect, useRef, useState } from 'react';
import { FormAlert, formatMoney, parseMoneyInput, TextField } from '@casinox/web';
import type { GameSession } from '../shared/game-screen';
import type { StakeInput } from '../shared/stake-field';
import type { PlayOutcome } from '../shared/use-instant-play';
import { checkStakeMinor } from '../shared/stake-limits';
import {
  afterAutoBet,
  type AutoBetConfig,
  type AutoBetState,
  readAutoBetForm,
  startAutoBet,
  STOP_MESSAGES,
  type StopReason,
} from './auto-bet-rules';

interface Props {
  session: GameSession;
  stake: StakeInput;
  /** Places one bet with the game's current settings and this stake (minor units), animation included. */
  play: (stakeMinor: string) => Promise<PlayOutcome>;
  /** Also checks the game's own settings (target…) before the run; a message stops it from starting. */
  checkSettings: () => string | null;
  onRunningChange: (running: boolean) => void;
}

/**
 * Auto-bet: bets one after another with the game's settings until the number of bets, a profit or
 * loss limit, Stop, or a refusal. Bets run strictly in sequence: the next one starts only after the
 * previous one settled (and its result was shown).
 */
export function AutoBetPanel({ session, stake, play, checkSettings, onRunningChange }: Props) {
  const { asset, limit } = session;
  const [form, setForm] = useState({ count: '10', stopOnProfit: '', stopOnLoss: '', onWin: '', onLoss: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof typeof form, string>>>({});
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<{ state: AutoBetState; count: number } | null>(null);
  const [ended, setEnded] = useState<{ reason: StopReason | 'USER' | 'REFUSED'; detail?: string } | null>(null);
  const stopRequested = useRef(false);

  // Leaving the page stops the run after the bet in flight.
  useEffect(
    () => () => {
      stopRequested.current = true;
    },
    [],
  );

  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  const optionalAmount = (text: string): { ok: true; minor: bigint | null } | { ok: false; problem: string } => {
    if (text.trim() === '') return { ok: true, minor: null };
    const parsed = parseMoneyInput(text, asset.scale);
    return parsed.ok ? { ok: true, minor: BigInt(parsed.minor) } : parsed;
  };

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (running) return;
    setEnded(null);
    const nextErrors: typeof errors = {};
    const base = stake.read();
    const settingsProblem = checkSettings();
    const rules = readAutoBetForm(form);
    if (!rules.ok) nextErrors[rules.field] = rules.problem;
    const profit = optionalAmount(form.stopOnProfit);
    if (!profit.ok) nextErrors.stopOnProfit = profit.problem;
    const loss = optionalAmount(form.stopOnLoss);
    if (!loss.ok) nextErrors.stopOnLoss = loss.problem;
    setErrors(nextErrors);
    if (
      !base.ok ||
      settingsProblem ||
      !rules.ok ||
      !profit.ok ||
      !loss.ok ||
      !limit ||
      Object.keys(nextErrors).length > 0
    )
      return;

    const config: AutoBetConfig = {
      count: rules.count,
      baseStake: BigInt(base.minor),
      stopOnProfit: profit.minor,
      stopOnLoss: loss.minor,
      onWin: rules.onWin,
      onLoss: rules.onLoss,
      maxStake: BigInt(limit.maxStake),
    };
    stopRequested.current = false;
    setRunning(true);
    onRunningChange(true);
    let state = startAutoBet(config);
    setProgress({ state, count: config.count });
    let stop: { reason: StopReason | 'USER' | 'REFUSED'; detail?: string };
    for (;;) {
      if (stopRequested.current) {
        stop = { reason: 'USER' };
        break;
      }
      const allowed = checkStakeMinor(state.stake.toString(), asset.scale, asset.code, limit);
      if (!allowed.ok) {
        stop = { reason: 'REFUSED', detail: allowed.problem };
        break;
      }
      const outcome = await play(state.stake.toString());
      if (!outcome.ok) {
        stop = { reason: 'REFUSED', detail: outcome.message };
        break;
      }
      const next = afterAutoBet(config, state, outcome);
      state = next.state;
      setProgress({ state, count: config.count });
      if (next.stop) {
        stop = { reason: next.stop };
        break;
      }
    }
    setEnded(stop);
    setRunning(false);
    onRunningChange(false);
  };

  const money = (minor: bigint) => formatMoney(minor.toString(), asset.scale, asset.code, { sign: 'always' });

  return (
    <form onSubmit={(e) => void start(e)} noValidate aria-label="Auto-bet" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Number of bets"
          inputMode="numeric"
          value={form.count}
          onChange={(e) => set('count')(e.target.value)}
          error={errors.count}
          disabled={running}
        />
        <div />
        <TextField
          label={`Stop on profit ≥ (${asset.code})`}
          inputMode="decimal"
          placeholder="optional"
          value={form.stopOnProfit}
          onChange={(e) => set('stopOnProfit')(e.target.value)}
          error={errors.stopOnProfit}
          disabled={running}
        />
        <TextField
          label={`Stop on loss ≥ (${asset.code})`}
          inputMode="decimal"
          placeholder="optional"
          value={form.stopOnLoss}
          onChange={(e) => set('stopOnLoss')(e.target.value)}
          error={errors.stopOnLoss}
          disabled={running}
        />
        <TextField
          label="On win: raise stake by %"
          inputMode="decimal"
          placeholder="reset to base"
          value={form.onWin}
          onChange={(e) => set('onWin')(e.target.value)}
          error={errors.onWin}
          disabled={running}
        />
        <TextField
          label="On loss: raise stake by %"
          inputMode="decimal"
          placeholder="reset to base"
          value={form.onLoss}
          onChange={(e) => set('onLoss')(e.target.value)}
          error={errors.onLoss}
          disabled={running}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {running ? (
          <button
            type="button"
            onClick={() => {
              stopRequested.current = true;
            }}
            className="rounded-md bg-danger px-4 py-2 font-semibold text-black hover:opacity-90"
          >
            Stop auto-bet
          </button>
        ) : (
          <button type="submit" className="rounded-md bg-brand px-4 py-2 font-semibold text-brand-on hover:opacity-90">
            Start auto-bet
          </button>
        )}
        {progress ? (
          <p role="status" className="text-sm tabular-nums">
            Bet {progress.state.placed} of {progress.count} · Net {money(progress.state.profit)}
            {running ? ` · next stake ${formatMoney(progress.state.stake.toString(), asset.scale, asset.code)}` : ''}
          </p>
        ) : null}
      </div>
      {ended ? (
        ended.reason === 'REFUSED' ? (
          <FormAlert>
            {STOP_MESSAGES.REFUSED} {ended.detail}
          </FormAlert>
        ) : (
          <p className="rounded-md border border-brand-fg/20 bg-brand-fg/5 px-3 py-2 text-sm">
            {STOP_MESSAGES[ended.reason]}
          </p>
        )
      ) : null}
    </form>
  );
}
