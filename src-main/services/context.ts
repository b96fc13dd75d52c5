import { randomUUID } from 'node:crypto';
import type { Store } from '../store/open-store';
import { createRepos, type Repos } from '../store/repos';

export interface ServiceContext {
  store: Store;
  repos: Repos;
  /** Runs fn in one SQLite transaction: all of it is written, or nothing. */
  tx<T>(fn: () => T): T;
  newId(): string;
  now(): string;
}

export function createContext(store: Store): ServiceContext {
  return {
    store,
    repos: createRepos(store.db),
    tx: (fn) => store.db.transaction(fn)(),
    newId: () => randomUUID(),
    now: () => new Date().toISOString(),
  };
}
