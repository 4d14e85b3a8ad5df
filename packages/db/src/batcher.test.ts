import { describe, expect, it } from 'vitest';
import { Batcher, batchItemError, inKeyOrder } from './batcher.js';

describe('Batcher', () => {
  it('sends the items of one tick as one group, and those arriving meanwhile as the next, each caller getting its own answer', async () => {
    const groups: number[][] = [];
    let release!: () => void;
    const firstInFlight = new Promise<void>((resolve) => (release = resolve));
    const batcher = new Batcher<number, number>(async (items) => {
      groups.push(items);
      if (groups.length === 1) await firstInFlight;
      return items.map((item) => item * 10);
    });
    const first = [1, 2, 3].map((item) => batcher.submit(item));
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    const later = [4, 5].map((item) => batcher.submit(item));
    release();
    expect(await Promise.all([...first, ...later])).toEqual([10, 20, 30, 40, 50]);
    expect(groups).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it('caps a group at maxBatch items', async () => {
    const sizes: number[] = [];
    const batcher = new Batcher<number, number>(
      async (items) => {
        sizes.push(items.length);
        return items;
      },
      { maxBatch: 4 },
    );
    await Promise.all(Array.from({ length: 10 }, (_, i) => batcher.submit(i)));
    expect(sizes).toEqual([4, 4, 2]);
  });

  it('fails every item of a group that failed as a whole, and carries on with the next', async () => {
    let calls = 0;
    const batcher = new Batcher<string, string>(async (items) => {
      calls += 1;
      if (calls === 1) throw new Error('connection lost');
      return items;
    });
    const failed = await Promise.allSettled([batcher.submit('a'), batcher.submit('b')]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await batcher.submit('c')).toBe('c');
  });

  it('keeps up to `concurrency` groups in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const batcher = new Batcher<number, number>(
      async (items) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
        return items;
      },
      { maxBatch: 2, concurrency: 2 },
    );
    expect(await Promise.all(Array.from({ length: 9 }, (_, i) => batcher.submit(i)))).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    expect(most).toBe(2);
  });

  it('runs a group in key order (stable) and answers in the callers’ order', async () => {
    const seen: string[] = [];
    const answers = await inKeyOrder(
      ['b1', 'a1', 'b2', 'a2'],
      (item) => item[0]!,
      async (ordered) => {
        seen.push(...ordered);
        return ordered.map((item) => item.toUpperCase());
      },
    );
    expect(seen).toEqual(['a1', 'a2', 'b1', 'b2']);
    expect(answers).toEqual(['B1', 'A1', 'B2', 'A2']);
  });

  it('refuses an answer that does not have one result per item', async () => {
    const batcher = new Batcher<string, string>(async () => []);
    await expect(batcher.submit('a')).rejects.toThrow(/0 results for 1 items/);
  });

  it('turns a per-item SQL error into an error shaped like pg’s', () => {
    const error = batchItemError({ error: 'CX402', message: 'insufficient funds', detail: null }) as Error & {
      code: string;
    };
    expect(error.code).toBe('CX402');
    expect(error.message).toBe('insufficient funds');
  });
});
