/**
 * Runs `run` every `intervalMs` in this process, never two at once (a slow run skips ticks
 * instead of piling up); errors are logged, not thrown. Only for sub-minute cadences — outbox
 * relays (250 ms), games recovery (5 s) — which pg-boss cron (one-minute granularity) cannot
 * keep; periodic business jobs are pg-boss schedules (EventBus.schedule). `stop()` clears the
 * timer, aborts the signal the run received and waits for the run in progress. 0 turns it off.
 */
export function runEvery(
  name: string,
  intervalMs: number,
  run: (signal: AbortSignal) => Promise<unknown>,
): { stop(): Promise<void> } {
  if (intervalMs <= 0) return { stop: async () => {} };
  const abort = new AbortController();
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = run(abort.signal)
      .catch((error: unknown) => console.error(`[${name}] failed`, error))
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      abort.abort();
      await running;
    },
  };
}
