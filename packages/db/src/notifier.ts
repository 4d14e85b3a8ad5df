import type pg from 'pg';

/**
 * Live notifications sent AFTER the change committed (docs/architecture.md §6), for the hot paths: a
 * NOTIFY inside the changing transaction takes Postgres's one notification lock at COMMIT and
 * holds it through the WAL flush, so every notifying commit of the cluster waits in one line
 * (measured by `npm run bench:bets`). Here the caller notifies once its statement has returned;
 * notifications queue while one flush is in flight and the next flush sends them all in ONE
 * statement, in order. Best effort, like any live fan-out: a process that dies between its commit
 * and the flush loses those notifications, and subscribers catch up from the sequence numbers.
 */
export class AfterCommitNotifier {
  private queue: { channel: string; payload: string }[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly onError: (error: unknown) => void = (error) => console.error('[notifier]', error),
  ) {}

  notify(channel: string, payload: unknown): void {
    this.queue.push({ channel, payload: typeof payload === 'string' ? payload : JSON.stringify(payload) });
    this.flushing ??= this.flush();
  }

  /** Resolves once everything queued so far has been sent (or failed). */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
    // Let the current tick's notifications join this flush.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        await this.pool.query({
          name: 'cx_after_commit_notify',
          text: 'select count(pg_notify(n.channel, n.payload)) from unnest($1::text[], $2::text[]) with ordinality as n(channel, payload, ord)',
          values: [batch.map((item) => item.channel), batch.map((item) => item.payload)],
        });
      } catch (error) {
        this.onError(error);
      }
    }
    this.flushing = null;
  }
}
