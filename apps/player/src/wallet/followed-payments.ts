'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '@casinox/web';

/*
 * The API has no "my deposits / my withdrawals" list: the wallet page follows the ones this
 * browser started, by id (myDeposit / myWithdrawal), remembered per player in localStorage so the
 * status is still there when the player comes back from the checkout page.
 */

export interface FollowedPayments {
  latestDepositId: string | null;
  withdrawalIds: string[];
  followDeposit: (id: string) => void;
  followWithdrawal: (id: string) => void;
  forgetWithdrawal: (id: string) => void;
}

interface Stored {
  deposit: string | null;
  withdrawals: string[];
}

const EMPTY: Stored = { deposit: null, withdrawals: [] };
const MAX_WITHDRAWALS = 10;

function read(key: string | null): Stored {
  if (!key || typeof window === 'undefined') return EMPTY;
  try {
    const value = JSON.parse(window.localStorage.getItem(key) ?? 'null') as Partial<Stored> | null;
    return {
      deposit: typeof value?.deposit === 'string' ? value.deposit : null,
      withdrawals: Array.isArray(value?.withdrawals) ? value.withdrawals.filter((id): id is string => typeof id === 'string') : [],
    };
  } catch {
    return EMPTY;
  }
}

export function useFollowedPayments(): FollowedPayments {
  const { claims } = useSession();
  const key = claims?.tid && claims.pid ? `casinox:payments:${claims.tid}:${claims.pid}` : null;
  const [stored, setStored] = useState<Stored>(EMPTY);
  useEffect(() => setStored(read(key)), [key]);

  const update = useCallback(
    (change: (s: Stored) => Stored) => {
      setStored((current) => {
        const next = change(current);
        if (key) window.localStorage.setItem(key, JSON.stringify(next));
        return next;
      });
    },
    [key],
  );

  return {
    latestDepositId: stored.deposit,
    withdrawalIds: stored.withdrawals,
    followDeposit: useCallback((id: string) => update((s) => ({ ...s, deposit: id })), [update]),
    followWithdrawal: useCallback((id: string) => update((s) => ({ ...s, withdrawals: [id, ...s.withdrawals.filter((w) => w !== id)].slice(0, MAX_WITHDRAWALS) })), [update]),
    forgetWithdrawal: useCallback((id: string) => update((s) => ({ ...s, withdrawals: s.withdrawals.filter((w) => w !== id) })), [update]),
  };
}

/**
 * One idempotency key per submission: kept while the same amount and asset are retried (after a
 * network failure the API replays the first result instead of moving money twice), replaced when
 * the payload changes or the previous submission got a definitive answer.
 */
export function useSubmissionKey(): { keyFor: (payload: string) => string; settle: () => void } {
  const current = useRef<{ payload: string; key: string } | null>(null);
  const keyFor = useCallback((payload: string) => {
    if (current.current?.payload !== payload) current.current = { payload, key: crypto.randomUUID() };
    return current.current.key;
  }, []);
  const settle = useCallback(() => {
    current.current = null;
  }, []);
  return { keyFor, settle };
}
