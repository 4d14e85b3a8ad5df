import { describe, expect, it } from 'vitest';
import { BatchLoader } from './batch-loader.js';

describe('BatchLoader', () => {
  it('fetches every key loaded in one tick with one call, once per key', async () => {
    const calls: string[][] = [];
    const loader = new BatchLoader<string>(async (keys) => {
      calls.push(keys);
      return new Map(keys.filter((key) => key !== 'missing').map((key) => [key, key.toUpperCase()]));
    });
    const results = await Promise.all([loader.load('a'), loader.load('b'), loader.load('a'), loader.load('missing')]);
    expect(results).toEqual(['A', 'B', 'A', null]);
    expect(calls).toEqual([['a', 'b', 'missing']]);
    expect(await loader.load('b')).toBe('B');
    expect(calls).toHaveLength(1);
  });

  it('rejects the whole batch on failure and retries later', async () => {
    let fail = true;
    const loader = new BatchLoader<number>(async (keys) => {
      if (fail) throw new Error('down');
      return new Map(keys.map((key) => [key, key.length]));
    });
    await expect(Promise.all([loader.load('x'), loader.load('yy')])).rejects.toThrow('down');
    fail = false;
    expect(await loader.load('yy')).toBe(2);
  });
});
