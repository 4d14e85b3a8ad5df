/**
 * A request-scoped batcher (the part of DataLoader we need): every `load` issued in the same tick
 * becomes one `fetch` of all the keys, e.g. one query for the stats of a page of campaigns.
 * Results are memoised for the request, so a key is fetched at most once.
 */
export class BatchLoader<V> {
  private readonly memo = new Map<string, Promise<V | null>>();
  private pending: { key: string; resolve: (value: V | null) => void; reject: (error: unknown) => void }[] = [];

  constructor(private readonly fetch: (keys: string[]) => Promise<Map<string, V>>) {}

  load(key: string): Promise<V | null> {
    const known = this.memo.get(key);
    if (known) return known;
    const promise = new Promise<V | null>((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.dispatch());
      this.pending.push({ key, resolve, reject });
    });
    this.memo.set(key, promise);
    return promise;
  }

  private async dispatch(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      const found = await this.fetch([...new Set(batch.map((item) => item.key))]);
      for (const item of batch) item.resolve(found.get(item.key) ?? null);
    } catch (error) {
      for (const item of batch) {
        this.memo.delete(item.key);
        item.reject(error);
      }
    }
  }
}
