/**
 * Runs `run` every `intervalMs` in this process, never two at once (a slow run skips ticks
 * instead of piling up); errors are logged, not thrown. `stop()` clears the timer, aborts the
 * signal the run received (a long sweep ends early between items) and waits for the run in
 * progress, so a service stops its jobs before closing its pool. 0 turns the job off.
 */
export function scheduleJob(name: string, intervalMs: number, run: (signal: AbortSignal) => Promise<unknown>): { stop(): Promise<void> } {
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
