import { describe, expect, it } from 'vitest';
import { batchLoader, requestBatch } from './request-loader.js';

describe('batchLoader', () => {
  it('fetches every key loaded in one tick with one call, once per key', async () => {
    const calls: string[][] = [];
    const loader = batchLoader<string>(async (keys) => {
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
    const loader = batchLoader<number>(async (keys) => {
      if (fail) throw new Error('down');
      return new Map(keys.map((key) => [key, key.length]));
    });
    await expect(Promise.all([loader.load('x'), loader.load('yy')])).rejects.toThrow('down');
    fail = false;
    expect(await loader.load('yy')).toBe(2);
  });
});

describe('requestBatch', () => {
  it('shares one loader per request and name, keyed by the id of object keys', async () => {
    const request = {};
    const calls: string[][] = [];
    const byTenant = (scope: object) =>
      requestBatch<{ tenantId: string; id: string }, string>(
        scope,
        'things',
        (key) => `${key.tenantId}|${key.id}`,
        async (keys) => {
          calls.push(keys.map((key) => key.id));
          return new Map(keys.map((key) => [`${key.tenantId}|${key.id}`, `${key.id}@${key.tenantId}`]));
        },
      );
    const results = await Promise.all([
      byTenant(request)({ tenantId: 't', id: '1' }),
      byTenant(request)({ tenantId: 't', id: '2' }),
      byTenant(request)({ tenantId: 't', id: '1' }),
    ]);
    expect(results).toEqual(['1@t', '2@t', '1@t']);
    expect(calls).toEqual([['1', '2']]);
    // Another request starts empty.
    await byTenant({})({ tenantId: 't', id: '1' });
    expect(calls).toHaveLength(2);
  });
});
