/**
 * An async iterator fed by pushes: what a graphql-ws subscription consumes. Bounded, so a client
 * that stops reading cannot grow the gateway's memory: it is disconnected from the topic instead.
 */
export interface PushIterator<T> extends AsyncGenerator<T, undefined> {
  push(value: T): void;
  end(): void;
}

export function createPushIterator<T>(onClose: () => void, limit = 256): PushIterator<T> {
  const queue: T[] = [];
  const waiting: ((result: IteratorResult<T, undefined>) => void)[] = [];
  let done = false;

  const finish = () => {
    if (done) return;
    done = true;
    onClose();
    for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
  };

  const iterator: PushIterator<T> = {
    push(value) {
      if (done) return;
      const next = waiting.shift();
      if (next) next({ value, done: false });
      else if (queue.length >= limit) finish();
      else queue.push(value);
    },
    end: finish,
    next() {
      if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(error) {
      finish();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
    async [Symbol.asyncDispose]() {
      finish();
    },
  };
  return iterator;
}
