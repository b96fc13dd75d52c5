import { randomUUID } from 'node:crypto';
import type { Store } from '../store/open-store';
import { createRepos, type Repos } from '../store/repos';
import type { HostServices } from './host';

export interface ServiceContext {
  store: Store;
  repos: Repos;
  /** Runs fn in one SQLite transaction: all of it is written, or nothing. */
  tx<T>(fn: () => T): T;
  newId(): string;
  now(): string;
  host: HostServices;
}

export function createContext(store: Store, host: HostServices): ServiceContext {
  return {
    store,
    host,
    repos: createRepos(store.db),
    tx: (fn) => store.db.transaction(fn)(),
    newId: () => randomUUID(),
    now: () => new Date().toISOString(),
  };
}
