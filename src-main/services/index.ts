// Opens a workspace and returns the one entry point every host uses: call(channel, rawInput).
// The App can switch to another workspace file (workspaces.* channels); callers never hold a store.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ChannelName, ChannelResult } from '../shared/contract/channels';
import type { WorkspaceState } from '../shared/contract/entities';
import type { Result } from '../shared/contract/result';
import { createHistory, type History } from '../store/history';
import { openStore, type OpenStoreOptions, type Store } from '../store/open-store';
import {
  currentWorkspacePath,
  rememberWorkspace,
  replaceInRegistry,
  WORKSPACE_EXTENSION,
} from '../workspaces/registry';
import { createBackupManager, type BackupManager, type BackupOptions } from './backups';
import { createContext, type WorkspaceControl } from './context';
import { dispatch } from './dispatch';
import { syncGazetteer } from './gazetteer-sync';
import { createHandlers, type Handlers } from './handlers';
import { defaultHostServices, type HostServices } from './host';
import { ServiceError } from './service-error';

export interface App {
  readonly store: Store;
  readonly handlers: Handlers;
  readonly dataDir: string;
  /** Where exported files are written (the host's exports folder). */
  readonly exportsDir: string;
  /** Rolling backups of the open workspace; `settle()` waits for the ones under way. */
  readonly backups: BackupManager;
  /** Untrusted input in, Result out: validation, handler and error mapping in one place. */
  call(channel: unknown, rawInput: unknown): Promise<Result<ChannelResult<ChannelName>>>;
  /**
   * Opens a workspace file the user chose in the desktop app's Open dialog (main process only; the
   * page may reopen known workspaces alone): checked and opened first, then made current and
   * recorded as recent. A file that cannot be opened throws and changes nothing.
   */
  openWorkspaceFile(path: string): Promise<WorkspaceState>;
  close(): void;
}

export interface OpenAppOptions extends OpenStoreOptions {
  host?: Partial<HostServices>;
  /** Folder of the workspace registry; defaults to the workspace file's folder. */
  dataDir?: string;
  /** Record the workspace as current and recent in the data folder (hosts do; tests needn't). */
  remember?: boolean;
  /** Automatic backups (backups.ts): on by default when `remember` is (the hosts), else off. */
  backups?: BackupOptions;
}

/** Opens the data folder's current workspace (or its default one), as the hosts do. */
export function openDataDir(dataDir: string, options: Omit<OpenAppOptions, 'dataDir'> = {}): App {
  return openApp(currentWorkspacePath(dataDir), { remember: true, ...options, dataDir });
}

export function openApp(path: string, options: OpenAppOptions = {}): App {
  const dataDir = resolve(options.dataDir ?? dirname(path));
  const host = { ...defaultHostServices(path), ...options.host };
  let store: Store;
  let handlers: Handlers;
  let history: History;
  const backups = createBackupManager(dataDir, {
    automatic: options.remember === true,
    ...options.backups,
    nativeBinding: options.nativeBinding,
  });
  // Before a schema migration, a copy of the file as it was (then whatever the caller asked for).
  const storeOptions: OpenStoreOptions = {
    ...options,
    beforeMigrate: (file, fromVersion) => {
      backups.beforeMigrate(file, fromVersion);
      options.beforeMigrate?.(file, fromVersion);
    },
  };

  const attach = (next: Store, backupOnOpen = true) => {
    store = next;
    history = createHistory(store.db);
    const ctx = createContext(store, host, workspace, history, backups);
    syncGazetteer(ctx);
    handlers = createHandlers(ctx);
    if (options.remember) rememberWorkspace(dataDir, store.path);
    backups.attach(store, { openBackup: backupOnOpen });
  };

  const workspace: WorkspaceControl = {
    dataDir,
    currentPath: () => resolve(store.path),
    // The next file is opened (and checked) before the current one is closed: a failure changes nothing.
    switchTo: (nextPath) => {
      const next = openStore(nextPath, storeOptions);
      backups.detach();
      store.close();
      attach(next);
      if (!options.remember) rememberWorkspace(dataDir, next.path);
    },
    renameCurrent: (nextPath) => {
      const from = resolve(store.path);
      backups.detach();
      store.close(); // closing the last connection folds the WAL back into the file
      try {
        renameSync(from, nextPath);
      } catch (error) {
        attach(openStore(from, storeOptions), false);
        throw error;
      }
      replaceInRegistry(dataDir, from, nextPath);
      backups.renamed(from, nextPath);
      attach(openStore(nextPath, storeOptions), false);
    },
    installFile: (builtPath, targetPath, installOptions) => {
      const replacingCurrent = resolve(store.path) === resolve(targetPath);
      if (replacingCurrent) {
        backups.detach();
        store.close();
      }
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${targetPath}${suffix}`, { force: true });
      renameSync(builtPath, targetPath);
      if (replacingCurrent) attach(openStore(targetPath, storeOptions), installOptions?.backupOnOpen ?? true);
      else workspace.switchTo(targetPath);
    },
  };

  attach(openStore(path, storeOptions));
  return {
    get store() {
      return store;
    },
    get handlers() {
      return handlers;
    },
    dataDir,
    get exportsDir() {
      return host.exportsDir;
    },
    backups,
    openWorkspaceFile: async (path) => {
      const absolute = resolve(path);
      if (!absolute.endsWith(WORKSPACE_EXTENSION)) throw new ServiceError('validation', 'errors:workspace_file');
      if (!existsSync(absolute)) throw new ServiceError('not_found', 'errors:workspace_unknown', { path });
      workspace.switchTo(absolute); // opens (and checks) it, then remembers it as current and recent
      return handlers['workspaces.list']({});
    },
    call: async (channel, rawInput) => {
      const [before, mark] = [history, history.mark()];
      const result = await dispatch(handlers, channel, rawInput);
      // Each successful edit is one undoable step, named after its channel.
      if (result.ok && history === before && !String(channel).startsWith('history.')) {
        history.record(String(channel), mark);
      }
      // Edits (undo and redo included) may make a rolling backup due.
      if (result.ok && history === before && history.mark() !== mark) backups.afterEdit();
      return result;
    },
    close: () => {
      backups.detach();
      store.close();
    },
  };
}
