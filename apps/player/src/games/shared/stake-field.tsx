'use client';

import { useCallback, useEffect, useId, useState } from 'react';
import { formatMoney, isZeroMoney } from '@casinox/web';
import type { GameSession } from './game-screen';
import { describeLimits, readStake, scaleStake, type StakeCheck, stakeInputText } from './stake-limits';

/** A first stake of ten minimum stakes (1.00 EUR with the default 0.10 EUR minimum), within the maximum. */
function defaultStake(session: GameSession): string {
  if (!session.limit) return '';
  const min = BigInt(session.limit.minStake);
  const max = BigInt(session.limit.maxStake);
  const stake = min * 10n > max ? min : min * 10n;
  return stakeInputText(stake, session.asset.scale);
}

export interface StakeInput {
  text: string;
  setText: (text: string) => void;
  error: string | undefined;
  setError: (error: string | undefined) => void;
  /** Reads and checks the stake; shows the problem under the field when there is one. */
  read: () => StakeCheck;
}

/** The stake the player types, reset to a sensible default whenever they switch asset. */
export function useStakeInput(session: GameSession): StakeInput {
  const [text, setText] = useState(() => defaultStake(session));
  const [error, setError] = useState<string | undefined>();
  const assetCode = session.asset.code;
  const [shownFor, setShownFor] = useState(assetCode);
  useEffect(() => {
    if (shownFor === assetCode) return;
    setShownFor(assetCode);
    setText(defaultStake(session));
    setError(undefined);
  }, [assetCode, shownFor, session]);
  const read = useCallback((): StakeCheck => {
    const check = readStake(text, session.asset.scale, session.asset.code, session.limit);
    setError(check.ok ? undefined : check.problem);
    return check;
  }, [text, session.asset.scale, session.asset.code, session.limit]);
  return { text, setText, error, setError, read };
}

/** The currency and stake of a bet, with the game's limits and the player's live balance. */
export function StakeField({
  session,
  stake,
  disabled,
  label = 'Stake',
}: {
  session: GameSession;
  stake: StakeInput;
  disabled?: boolean;
  label?: string;
}) {
  const stakeId = useId();
  const assetId = useId();
  const hintId = `${stakeId}-hint`;
  const errorId = `${stakeId}-error`;
  const { asset, limit, wallet } = session;
  const adjust = (factor: 'half' | 'double') => {
    const check = readStake(stake.text, asset.scale, asset.code, null);
    const current = check.ok ? BigInt(check.minor) : limit ? BigInt(limit.minStake) : 1n;
    stake.setText(stakeInputText(scaleStake(current, factor, limit), asset.scale));
    stake.setError(undefined);
  };
  return (
    <div className="flex flex-col gap-1">
      <div className="grid grid-cols-[5.5rem_minmax(0,1fr)] gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={assetId} className="text-sm font-medium">
            Currency
          </label>
          <select
            id={assetId}
            value={asset.code}
            disabled={disabled}
            onChange={(e) => session.setAsset(e.target.value)}
            className="rounded-md border border-field-border bg-field px-2 py-2 text-field-fg outline-none focus:ring-2 focus:ring-brand disabled:opacity-60"
          >
            {session.assets.map((code) => (
              <option key={code} value={code} className="text-black">
                {code}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={stakeId} className="text-sm font-medium">
            {label}
          </label>
          <div className="flex gap-1">
            <input
              id={stakeId}
              inputMode="decimal"
              autoComplete="off"
              value={stake.text}
              disabled={disabled}
              onChange={(e) => {
                stake.setText(e.target.value);
                stake.setError(undefined);
              }}
              aria-invalid={stake.error ? true : undefined}
              aria-describedby={`${hintId}${stake.error ? ` ${errorId}` : ''}`}
              className="w-0 min-w-0 flex-1 rounded-md border border-field-border bg-field px-3 py-2 tabular-nums text-field-fg outline-none focus:ring-2 focus:ring-brand aria-[invalid=true]:border-danger disabled:opacity-60"
            />
            <button
              type="button"
              disabled={disabled}
              onClick={() => adjust('half')}
              aria-label="Halve the stake"
              className="rounded-md border border-brand-fg/25 px-2 text-sm font-semibold hover:bg-brand-fg/10 disabled:opacity-50"
            >
              ½
            </button>
            <button
              type="button"
              disabled={disabled}
              onClick={() => adjust('double')}
              aria-label="Double the stake"
              className="rounded-md border border-brand-fg/25 px-2 text-sm font-semibold hover:bg-brand-fg/10 disabled:opacity-50"
            >
              2×
            </button>
          </div>
        </div>
      </div>
      <p id={hintId} className="text-xs opacity-75">
        {limit ? `Stake ${describeLimits(limit, asset.scale, asset.code)}` : `No stakes in ${asset.code} here`}
        {' · '}
        <span>
          Balance{' '}
          {wallet
            ? formatMoney(wallet.available, wallet.asset.scale, wallet.asset.code)
            : formatMoney('0', asset.scale, asset.code)}
        </span>
        {wallet && !isZeroMoney(wallet.bonusBalance) ? (
          <span> + {formatMoney(wallet.bonusBalance, wallet.asset.scale, wallet.asset.code)} bonus</span>
        ) : null}
      </p>
      {stake.error ? (
        <p id={errorId} className="text-sm text-danger">
          {stake.error}
        </p>
      ) : null}
    </div>
  );
}

/** The currency alone (games whose stake is built another way, like roulette chips), with limits and balance. */
export function CurrencyField({ session, disabled }: { session: GameSession; disabled?: boolean }) {
  const id = useId();
  const { asset, limit, wallet } = session;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Currency
      </label>
      <select
        id={id}
        value={asset.code}
        disabled={disabled}
        onChange={(e) => session.setAsset(e.target.value)}
        className="rounded-md border border-field-border bg-field px-2 py-2 text-field-fg outline-none focus:ring-2 focus:ring-brand disabled:opacity-60"
      >
        {session.assets.map((code) => (
          <option key={code} value={code} className="text-black">
            {code}
          </option>
        ))}
      </select>
      <p className="text-xs opacity-75">
        {limit ? `Total stake ${describeLimits(limit, asset.scale, asset.code)}` : `No stakes in ${asset.code} here`}
        {' · '}
        Balance{' '}
        {wallet
          ? formatMoney(wallet.available, wallet.asset.scale, wallet.asset.code)
          : formatMoney('0', asset.scale, asset.code)}
        {wallet && !isZeroMoney(wallet.bonusBalance)
          ? ` + ${formatMoney(wallet.bonusBalance, wallet.asset.scale, wallet.asset.code)} bonus`
          : null}
      </p>
    </div>
  );
}
