import DataLoader from 'dataloader';

/**
 * Request-scoped batching for resolvers, on DataLoader: every key asked for while one GraphQL
 * response is being resolved is fetched by ONE call of `fetch` (e.g. one `where id in (...)` for a
 * page of references, one query for the stats of a page of campaigns), and remembered for the rest
 * of the request. Create loaders per request (in the context), never per process.
 */
export type Loader<V> = DataLoader<string, V | null>;

/** A loader of values by id: `fetch` answers a map from id to value; a missing id loads as null. */
export function batchLoader<V>(fetch: (keys: string[]) => Promise<Map<string, V>>): Loader<V> {
  return new DataLoader<string, V | null>(async (keys) => {
    const found = await fetch([...keys]);
    return keys.map((key) => found.get(key) ?? null);
  });
}

const scopes = new WeakMap<object, Map<string, DataLoader<unknown, unknown, string>>>();

/**
 * The loader named `name` of this request (`scope`: the request's context object), created on first
 * use, for keys that are objects: `id` gives each key's cache id, and `fetch` answers a map by that id.
 * Returns the load function; a key the fetch did not answer loads as undefined.
 */
export function requestBatch<K, V>(
  scope: object,
  name: string,
  id: (key: K) => string,
  fetch: (keys: K[]) => Promise<Map<string, V>>,
): (key: K) => Promise<V | undefined> {
  let loaders = scopes.get(scope);
  if (!loaders) scopes.set(scope, (loaders = new Map()));
  let loader = loaders.get(name) as DataLoader<K, V | undefined, string> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V | undefined, string>(
      async (keys) => {
        const found = await fetch([...keys]);
        return keys.map((key) => found.get(id(key)));
      },
      { cacheKeyFn: id },
    );
    loaders.set(name, loader as DataLoader<unknown, unknown, string>);
  }
  const batched = loader;
  return (key) => batched.load(key);
}
