'use client';

import { useEffect, useState } from 'react';

/** Focus and "tab became visible" usually fire together: count them once. */
const MIN_INTERVAL_MS = 1_000;

/**
 * A counter that goes up whenever the player comes back to the page (window focus, or the tab
 * becoming visible). Screens refetch on it, which also catches up after a live socket was down.
 */
export function useFocusSignal(): number {
  const [signal, setSignal] = useState(0);
  useEffect(() => {
    let last = 0;
    const bump = () => {
      if (document.visibilityState !== 'visible') return;
      const now = Date.now();
      if (now - last < MIN_INTERVAL_MS) return;
      last = now;
      setSignal((n) => n + 1);
    };
    window.addEventListener('focus', bump);
    document.addEventListener('visibilitychange', bump);
    return () => {
      window.removeEventListener('focus', bump);
      document.removeEventListener('visibilitychange', bump);
    };
  }, []);
  return signal;
}
