import { randomUUID } from 'node:crypto';
import type { Store } from '../store/open-store';
import { createRepos, type Repos } from '../store/repos';
import type { History } from '../store/history';
import type { HostServices } from './host';
import type { BackupManager } from './backups';

export interface ServiceContext {
  store: Store;
  repos: Repos;
  /** Runs fn in one SQLite transaction: all of it is written, or nothing. */
  tx<T>(fn: () => T): T;
  newId(): string;
  now(): string;
  host: HostServices;
  workspace: WorkspaceControl;
  history: History;
  /** Rolling backups of the open workspace (backups.ts). */
  backups: BackupManager;
}

/** What the workspaces.* channels may do to the App: switch, rename or replace the open file. */
export interface WorkspaceControl {
  dataDir: string;
  currentPath(): string;
  switchTo(path: string): void;
  renameCurrent(newPath: string): void;
  /** Moves a fully built workspace file into place and opens it. */
  installFile(builtPath: string, targetPath: string, options?: { backupOnOpen?: boolean }): void;
}

export function createContext(
  store: Store,
  host: HostServices,
  workspace: WorkspaceControl,
  history: History,
  backups: BackupManager,
): ServiceContext {
  return {
    store,
    host,
    workspace,
    history,
    backups,
    repos: createRepos(store.db),
    tx: (fn) => store.db.transaction(fn)(),
    newId: () => randomUUID(),
    now: () => new Date().toISOString(),
  };
}
