/** A minimal observable value: the feature writes, the Preact view subscribes. */
export interface Store<T> {
  get(): T;
  set(update: Partial<T> | ((current: T) => Partial<T>)): void;
  subscribe(listener: (value: T) => void): () => void;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(update) {
      value = { ...value, ...(typeof update === 'function' ? update(value) : update) };
      for (const listener of listeners) listener(value);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
