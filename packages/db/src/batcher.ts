/**
 * Group commit for a hot statement: callers submit one item each and get their own answer, while
 * the database sees ONE call (one round trip, one transaction, one WAL flush) per group of items
 * that arrived together. Up to `concurrency` calls are in flight; items that arrive meanwhile form
 * the next groups, so an idle service answers a lone item at once and a busy one sends bigger
 * groups — the group size follows the load, with no timer. Measured by `npm run bench:bets`: on a saturated
 * machine the cost of a bet's transactions was per transaction, not per row.
 *
 * `run` answers one result per item, in order; per-item refusals are results (the SQL batch
 * functions catch them per item), so a throw means the whole group failed and every item gets it.
 */
export class Batcher<I, O> {
  private queue: { item: I; resolve: (value: O) => void; reject: (error: unknown) => void }[] = [];
  private inFlight = 0;
  private scheduled = false;

  /**
   * @param maxBatch items per group (each runs in a subtransaction; Postgres keeps 64 per backend in
   *   shared memory before every snapshot gets slower)
   * @param concurrency groups in flight at once: each runs its items one after another in one
   *   backend, so a second group keeps the other core busy
   */
  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly options: { maxBatch?: number; concurrency?: number } = {},
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= (this.options.concurrency ?? 1)) return;
    this.scheduled = true;
    // Let the items of the current tick join the group.
    setImmediate(() => {
      this.scheduled = false;
      while (this.queue.length > 0 && this.inFlight < (this.options.concurrency ?? 1))
        void this.send(this.queue.splice(0, this.options.maxBatch ?? 32));
    });
  }

  private async send(
    group: { item: I; resolve: (value: O) => void; reject: (error: unknown) => void }[],
  ): Promise<void> {
    this.inFlight += 1;
    try {
      const results = await this.run(group.map((entry) => entry.item));
      if (results.length !== group.length)
        throw new Error(`batch answered ${results.length} results for ${group.length} items`);
      group.forEach((entry, i) => entry.resolve(results[i]!));
    } catch (error) {
      for (const entry of group) entry.reject(error);
    } finally {
      this.inFlight -= 1;
      if (this.queue.length > 0) this.schedule();
    }
  }
}

/**
 * Runs `run` on the items ordered by `key` (stable: equal keys keep their order) and answers in the
 * callers' order. Groups in flight together lock rows in the same order, so they cannot deadlock
 * each other over the same players.
 */
export async function inKeyOrder<I, O>(
  items: I[],
  key: (item: I) => string,
  run: (ordered: I[]) => Promise<O[]>,
): Promise<O[]> {
  const order = items
    .map((item, index) => ({ index, key: key(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  const results = await run(order.map(({ index }) => items[index]!));
  const answers = new Array<O>(items.length);
  order.forEach(({ index }, position) => (answers[index] = results[position]!));
  return answers;
}

/** One item's answer from a SQL batch function: its result, or the error it raised (caught per item). */
export type BatchAnswer<T> = { ok: T } | { error: string; message: string; detail: string | null };

/** The error a per-item failure stands for: shaped like pg's (`code`, `detail`), so the usual SQLSTATE mapping applies. */
export function batchItemError(answer: { error: string; message: string; detail: string | null }): Error {
  return Object.assign(new Error(answer.message), { code: answer.error, detail: answer.detail ?? undefined });
}
