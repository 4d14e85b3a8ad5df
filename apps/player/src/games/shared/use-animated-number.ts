'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

/** Whether the player asked the system for less motion (animations then take a moment, not seconds). */
export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/** Animation length honouring reduced motion. */
export function motionMs(ms: number): number {
  return prefersReducedMotion() ? Math.min(ms, 120) : ms;
}

export const easeOutCubic = (p: number) => 1 - (1 - p) ** 3;

/**
 * A number that moves to a new value over time (requestAnimationFrame). `animateTo` resolves when
 * the value has arrived, so a game can wait for its animation before it shows the result in words.
 * `curve(progress, from, to)` maps progress 0…1 to the value (default: ease-out between the two).
 */
export function useAnimatedNumber(initial: number) {
  const [value, setValue] = useState(initial);
  const current = useRef(initial);
  const frame = useRef<number | null>(null);
  const finish = useRef<(() => void) | null>(null);

  const cancel = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    finish.current?.();
    finish.current = null;
  }, []);
  useEffect(() => cancel, [cancel]);

  const animateTo = useCallback(
    (
      to: number,
      ms: number,
      curve: (progress: number, from: number, to: number) => number = (p, from, end) =>
        from + (end - from) * easeOutCubic(p),
    ) =>
      new Promise<void>((resolve) => {
        cancel();
        const from = current.current;
        const duration = motionMs(ms);
        const settle = () => {
          current.current = to;
          setValue(to);
          resolve();
        };
        finish.current = settle;
        if (duration <= 0) {
          finish.current = null;
          settle();
          return;
        }
        const start = performance.now();
        const step = (now: number) => {
          const progress = Math.min(1, (now - start) / duration);
          if (progress >= 1) {
            frame.current = null;
            finish.current = null;
            settle();
            return;
          }
          const next = curve(progress, from, to);
          current.current = next;
          setValue(next);
          frame.current = requestAnimationFrame(step);
        };
        frame.current = requestAnimationFrame(step);
      }),
    [cancel],
  );

  const jumpTo = useCallback(
    (to: number) => {
      cancel();
      current.current = to;
      setValue(to);
    },
    [cancel],
  );

  return { value, animateTo, jumpTo };
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
