import { AsyncLocalStorage } from 'node:async_hooks';

/** Counts the SQL statements one request issues (its store is set per HTTP request and per subscription event). */
export interface QueryStats {
  statements: number;
}

const storage = new AsyncLocalStorage<QueryStats>();

export const queryStats = {
  run<T>(fn: () => T): T {
    return storage.run({ statements: 0 }, fn);
  },
  current(): QueryStats | undefined {
    return storage.getStore();
  },
  record(): void {
    const stats = storage.getStore();
    if (stats !== undefined) stats.statements += 1;
  },
};
