/**
 * A request-scoped batch loader (the DataLoader idea in a few lines, so the subgraph needs no extra
 * dependency): every key asked for while a GraphQL response is being resolved is loaded by ONE call
 * of `load`, dispatched once the current resolvers have all asked (setImmediate runs after every
 * pending promise job), and remembered for the rest of the request.
 */
const scopes = new WeakMap<object, Map<string, Loader<unknown, unknown>>>();

interface Loader<K, V> {
  cache: Map<string, Promise<V | undefined>>;
  pending: Map<string, { key: K; resolve: (value: V | undefined) => void; reject: (error: unknown) => void }>;
  scheduled: boolean;
}

export function requestBatch<K, V>(scope: object, name: string, id: (key: K) => string, load: (keys: K[]) => Promise<Map<string, V>>): (key: K) => Promise<V | undefined> {
  let loaders = scopes.get(scope);
  if (!loaders) scopes.set(scope, (loaders = new Map()));
  let loader = loaders.get(name) as Loader<K, V> | undefined;
  if (!loader) loaders.set(name, (loader = { cache: new Map(), pending: new Map(), scheduled: false }) as Loader<unknown, unknown>);
  const state = loader;
  return (key) => {
    const keyId = id(key);
    const cached = state.cache.get(keyId);
    if (cached) return cached;
    const promise = new Promise<V | undefined>((resolve, reject) => state.pending.set(keyId, { key, resolve, reject }));
    state.cache.set(keyId, promise);
    if (!state.scheduled) {
      state.scheduled = true;
      setImmediate(() => {
        const batch = [...state.pending.entries()];
        state.pending.clear();
        state.scheduled = false;
        load(batch.map(([, entry]) => entry.key)).then(
          (values) => batch.forEach(([keyId, entry]) => entry.resolve(values.get(keyId))),
          (error: unknown) => batch.forEach(([keyId, entry]) => {
            state.cache.delete(keyId);
            entry.reject(error);
          }),
        );
      });
    }
    return promise;
  };
}
