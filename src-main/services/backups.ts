// Rolling backups of the open workspace, in <dataDir>/backups/<workspace name>/<timestamp>_<reason>.sqlite.
//
// When: when a workspace opens (skipped if nothing changed since the newest backup), after an edit
// once 15 minutes have passed since the last backup (the scheduler is asked after each edit; the
// clock is injectable so tests need not wait), by hand, before a schema migration, and before a
// restore. The newest `keep` (10) are kept, older ones deleted. Copies are made with SQLite's online
// backup API and written under a temporary name first, so a listed backup is always complete.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { BACKUP_REASONS, type BackupInfo, type BackupReason } from '../shared/contract/exchange-schemas';
import { onlineBackup, snapshotReadOnly } from '../store/backup-file';
import { openStore, type Store } from '../store/open-store';
import { StoreError } from '../store/store-errors';
import { workspaceName } from '../workspaces/registry';
import { exportedFilePath } from '../host/exported-files';
import type { ServiceContext } from './context';
import type { HandlerGroup } from './handlers';
import { ServiceError } from './service-error';

export interface BackupOptions {
  /** Backups at open and during editing. Default: on for hosts (openDataDir), off for a bare openApp. */
  automatic?: boolean;
  /** Take the backup at open (when automatic). Default true; `svp backup` turns it off. */
  onOpen?: boolean;
  /** How many backups of a workspace are kept. */
  keep?: number;
  /** Edits trigger a backup once this long has passed since the last one. */
  intervalMs?: number;
  /** Epoch milliseconds; injectable for tests. */
  clock?: () => number;
}

export const DEFAULT_BACKUPS_KEPT = 10;
export const BACKUP_INTERVAL_MS = 15 * 60 * 1000;
export const BACKUPS_FOLDER = 'backups';

const NAME = new RegExp(
  `^(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.\\d{3}Z)_(${BACKUP_REASONS.join('|')})(?:-\\d+)?\\.sqlite$`,
);
const PARTIAL_SUFFIX = '.partial';
/** Temporary files of a backup that never finished (a crash) are removed after this long. */
const STALE_PARTIAL_MS = 60 * 60 * 1000;

const stampOf = (ms: number) => new Date(ms).toISOString().replace(/:/g, '-');
const createdAtOf = (stamp: string) => stamp.replace(/T(\d{2})-(\d{2})-(\d{2})/, 'T$1:$2:$3');

/** The backup a file name describes, or null when it is not one. */
export function describeBackup(path: string): BackupInfo | null {
  const fileName = basename(path);
  const match = NAME.exec(fileName);
  if (!match) return null;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return null;
    return { path, fileName, createdAt: createdAtOf(match[1]), bytes: stats.size, reason: match[2] as BackupReason };
  } catch {
    return null;
  }
}

/** A digest of the database content, leaving out the 100-byte header (change counters differ between copies). */
async function contentDigest(path: string): Promise<string> {
  const bytes = await readFile(path);
  return createHash('sha256').update(bytes.subarray(100)).digest('hex');
}

export interface BackupManager {
  /** <dataDir>/backups/<workspace name> */
  dirFor(workspacePath: string): string;
  /** A workspace was opened: remembers it and, when automatic, backs it up. */
  attach(store: Store, options?: { openBackup?: boolean }): void;
  /** The workspace is about to close. */
  detach(): void;
  /** Called after every edit; starts a backup when one is due. */
  afterEdit(): void;
  create(reason: BackupReason): Promise<BackupInfo>;
  /** The current workspace's backups, newest first. */
  list(): BackupInfo[];
  /** Resolves once the backups under way have finished (or failed). */
  settle(): Promise<void>;
  /** openStore's hook: a read-only copy of the old file before its schema is migrated. */
  beforeMigrate(path: string, fromVersion: number): void;
  /** The workspace file was renamed: its backups follow it. */
  renamed(fromPath: string, toPath: string): void;
  /** Opens a copy of a backup as a workspace would be (checks, migrates) and closes it; throws if it cannot be. */
  checkRestorable(path: string): void;
}

export function createBackupManager(
  dataDir: string,
  options: BackupOptions & { nativeBinding?: string } = {},
): BackupManager {
  const keep = Math.max(1, options.keep ?? DEFAULT_BACKUPS_KEPT);
  const interval = options.intervalMs ?? BACKUP_INTERVAL_MS;
  const clock = options.clock ?? Date.now;
  const automatic = options.automatic ?? false;
  let current: Store | undefined;
  let lastBackupAt = -Infinity;
  let dirty = false;
  let autoPending = false;
  let queue: Promise<unknown> = Promise.resolve();

  const dirFor = (workspacePath: string) => join(resolve(dataDir), BACKUPS_FOLDER, workspaceName(workspacePath));
  const isFile = (store: Store | undefined): store is Store =>
    !!store && store.path !== ':memory:' && store.path !== '';

  const listIn = (dir: string): BackupInfo[] => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return [];
    }
    return names
      .map((name) => describeBackup(join(dir, name)))
      .filter((b): b is BackupInfo => b !== null)
      .sort((a, b) =>
        a.createdAt === b.createdAt ? b.fileName.localeCompare(a.fileName) : a.createdAt < b.createdAt ? 1 : -1,
      );
  };

  const prune = (dir: string) => {
    for (const old of listIn(dir).slice(keep)) rmSync(old.path, { force: true });
  };

  /**
   * When a backup taken now is dated (never before the newest one, so the order of the files is the
   * order they were taken in), its final name, and the temporary name it is written under.
   */
  const names = (dir: string, reason: BackupReason) => {
    const newest = listIn(dir)[0];
    const at = Math.max(clock(), newest ? Date.parse(newest.createdAt) + 1 : -Infinity);
    const stem = `${stampOf(at)}_${reason}`;
    const taken = new Set(readdirSync(dir));
    let fileName = `${stem}.sqlite`;
    for (let n = 2; taken.has(fileName) || taken.has(`.${fileName}${PARTIAL_SUFFIX}`); n++)
      fileName = `${stem}-${n}.sqlite`;
    return { at, final: join(dir, fileName), partial: join(dir, `.${fileName}${PARTIAL_SUFFIX}`) };
  };

  const removeStalePartials = (dir: string) => {
    try {
      for (const name of readdirSync(dir)) {
        if (!name.endsWith(PARTIAL_SUFFIX)) continue;
        const path = join(dir, name);
        if (Date.now() - statSync(path).mtimeMs > STALE_PARTIAL_MS) rmSync(path, { force: true });
      }
    } catch {
      // no folder yet
    }
  };

  const run = async (reason: BackupReason): Promise<BackupInfo | null> => {
    const store = current;
    if (!isFile(store) || !store.db.open) {
      throw new ServiceError('storage', 'errors:backup.unavailable');
    }
    const dir = dirFor(store.path);
    let target: ReturnType<typeof names>;
    try {
      mkdirSync(dir, { recursive: true });
      target = names(dir, reason);
    } catch (error) {
      throw backupFailed(error, dir);
    }
    const wasDirty = dirty;
    dirty = false;
    try {
      await onlineBackup(store.db, target.partial);
      if (reason === 'open') {
        // Nothing changed since the newest backup: keep that one, do not push an older one out.
        const newest = listIn(dir)[0];
        if (newest && (await contentDigest(newest.path)) === (await contentDigest(target.partial))) {
          rmSync(target.partial, { force: true });
          lastBackupAt = clock();
          return null;
        }
      }
      renameSync(target.partial, target.final);
      prune(dir);
      lastBackupAt = clock();
      return describeBackup(target.final);
    } catch (error) {
      rmSync(target.partial, { force: true });
      dirty = dirty || wasDirty;
      if (!store.db.open || current !== store) throw new ServiceError('storage', 'errors:backup.unavailable');
      throw backupFailed(error, dir);
    }
  };

  /** One backup at a time, in the order asked. */
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  const quietly = (promise: Promise<unknown>) =>
    promise.catch((error) => {
      if (error instanceof ServiceError && error.messageKey === 'errors:backup.unavailable') return; // closed meanwhile
      console.warn('[svp] automatic backup failed:', (error as Error).message, (error as ServiceError).details ?? '');
    });

  return {
    dirFor,
    attach(store, attachOptions = {}) {
      current = store;
      dirty = false;
      autoPending = false;
      if (!isFile(store)) return;
      const dir = dirFor(store.path);
      removeStalePartials(dir);
      const newest = listIn(dir)[0];
      lastBackupAt = newest ? Date.parse(newest.createdAt) : -Infinity;
      if (automatic && options.onOpen !== false && attachOptions.openBackup !== false) {
        lastBackupAt = clock(); // the 15 minutes count from this backup, under way
        void quietly(enqueue(() => run('open')));
      }
    },
    detach() {
      current = undefined;
    },
    afterEdit() {
      dirty = true;
      if (!automatic || autoPending || !isFile(current)) return;
      if (clock() - lastBackupAt < interval) return;
      autoPending = true;
      void quietly(
        enqueue(() => run('auto')).finally(() => {
          autoPending = false;
        }),
      );
    },
    create: (reason) =>
      enqueue(async () => {
        const info = await run(reason === 'open' ? 'manual' : reason);
        if (!info) throw new ServiceError('storage', 'errors:backup.failed');
        return info;
      }),
    list: () => (isFile(current) ? listIn(dirFor(current.path)) : []),
    settle: () => queue.then(() => undefined),
    beforeMigrate(path) {
      const dir = dirFor(path);
      try {
        mkdirSync(dir, { recursive: true });
        const target = names(dir, 'migration');
        try {
          snapshotReadOnly(path, target.partial, options.nativeBinding);
          renameSync(target.partial, target.final);
        } finally {
          rmSync(target.partial, { force: true });
        }
        prune(dir);
      } catch (error) {
        // No migration without a copy of the file as it was.
        throw backupFailed(error, dir);
      }
    },
    renamed(fromPath, toPath) {
      const from = dirFor(fromPath);
      const to = dirFor(toPath);
      try {
        if (from !== to && statSync(from).isDirectory()) {
          mkdirSync(join(to, '..'), { recursive: true });
          renameSync(from, to);
        }
      } catch {
        // nothing to move, or the new name already has backups: the old ones stay where they are
      }
    },
    checkRestorable(path) {
      const store = openStore(path, { nativeBinding: options.nativeBinding });
      store.close();
    },
  };
}

function backupFailed(error: unknown, dir: string): ServiceError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return new ServiceError('storage', 'errors:storage.disk_full');
  return new ServiceError('storage', 'errors:backup.failed', { dir, reason: code || (error as Error).message });
}

export const backupHandlers = (
  ctx: ServiceContext,
): HandlerGroup<'backups.list' | 'backups.create' | 'backups.restore'> => ({
  'backups.list': () => ctx.backups.list(),
  'backups.create': () => ctx.backups.create('manual'),
  'backups.restore': async ({ path }) => {
    const { backups, workspace } = ctx;
    const workspacePath = workspace.currentPath();
    const source = exportedFilePath(backups.dirFor(workspacePath), path);
    const restored = source ? describeBackup(source) : null;
    if (!source || !restored) throw new ServiceError('not_found', 'errors:backup.not_found', { path });
    await backups.settle();

    // The copy is checked (and migrated, if it is older) before anything is replaced.
    const staging = `${workspacePath}.restoring`;
    const removeStaging = () => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${staging}${suffix}`, { force: true });
    };
    removeStaging();
    try {
      copyFileSync(source, staging);
      backups.checkRestorable(staging);
    } catch (error) {
      removeStaging();
      if (error instanceof StoreError && error.code === 'future_schema') {
        throw new ServiceError('validation', 'errors:storage.future_schema', error.details);
      }
      throw new ServiceError('validation', 'errors:backup.unreadable', {
        path: restored.path,
        reason: error instanceof StoreError ? error.code : ((error as NodeJS.ErrnoException).code ?? 'unknown'),
      });
    }
    try {
      // The state being replaced is itself kept as a backup, so a restore can be undone by another.
      const safety = await backups.create('restore');
      workspace.installFile(staging, workspacePath, { backupOnOpen: false });
      return { restored, safety };
    } finally {
      removeStaging();
    }
  },
});
