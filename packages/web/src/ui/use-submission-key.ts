'use client';

import { useCallback, useRef } from 'react';

/**
 * One idempotency key per submission: kept while the same payload is retried (after a network
 * failure the API replays the first result instead of moving money twice), replaced when the
 * payload changes or the previous submission got a definitive answer.
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
