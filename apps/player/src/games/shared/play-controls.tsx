'use client';

import type { ReactNode } from 'react';

/** Manual or auto-bet (dice and limbo). */
export function ModeTabs({
  mode,
  onChange,
  disabled,
}: {
  mode: 'manual' | 'auto';
  onChange: (mode: 'manual' | 'auto') => void;
  disabled?: boolean;
}) {
  return (
    <div
      role="group"
      aria-label="Betting mode"
      className="inline-flex rounded-lg border border-brand-fg/20 p-0.5 text-sm"
    >
      {(['manual', 'auto'] as const).map((m) => (
        <button
          key={m}
          type="button"
          aria-pressed={mode === m}
          disabled={disabled}
          onClick={() => onChange(m)}
          className="rounded-md px-3 py-1 font-semibold aria-pressed:bg-brand aria-pressed:text-brand-on disabled:opacity-60"
        >
          {m === 'manual' ? 'Manual' : 'Auto'}
        </button>
      ))}
    </div>
  );
}

/** The big play button of a game. */
export function PlayButton({
  busy,
  busyLabel,
  children,
  disabled,
  type = 'submit',
  onClick,
}: {
  busy: boolean;
  busyLabel: string;
  children: ReactNode;
  disabled?: boolean;
  type?: 'submit' | 'button';
  onClick?: () => void;
}) {
  return (
    <button
      type={type}
      onClick={onClick}
      disabled={busy || disabled}
      aria-busy={busy || undefined}
      className="w-full rounded-lg bg-brand-accent px-6 py-3 text-lg font-extrabold text-brand-accent-on shadow transition hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-60"
    >
      {busy ? busyLabel : children}
    </button>
  );
}

/** A key figure of the bet ("Win chance 49.50 %"). */
export function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="min-w-0 rounded-lg bg-brand-fg/5 px-2 py-2">
      <dt className="text-xs uppercase tracking-wide opacity-70">{label}</dt>
      <dd className="truncate text-sm font-bold tabular-nums" title={value}>
        {value}
      </dd>
    </div>
  );
}

/** A problem with the last bet, with a retry for a bet that is still settling. */
export function BetProblem({ message, onRetry }: { message: string | null; onRetry?: (() => void) | null }) {
  if (!message) return null;
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-danger/40 bg-danger/10 px-3 py-2 text-sm text-danger"
    >
      <span>{message}</span>
      {onRetry ? (
        <button
          type="button"
          onClick={onRetry}
          className="rounded-md border border-danger/60 px-2 py-0.5 font-semibold hover:bg-danger/10"
        >
          Retry
        </button>
      ) : null}
    </div>
  );
}
