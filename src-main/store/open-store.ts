// Opens one workspace file: checks it, sets pragmas, migrates it. Nothing opens at import time.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { assertOrdered, LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';
import { classifySqliteError, StoreError } from './store-errors';

export interface Store {
  readonly db: Database.Database;
  readonly path: string;
  schemaVersion(): number;
  close(): void;
}

export interface OpenStoreOptions {
  /** For tests: migrate only up to this version. */
  targetVersion?: number;
  migrations?: readonly Migration[];
  /** Called before pending migrations run on an existing file (e.g. to take a backup). */
  beforeMigrate?: (path: string, fromVersion: number) => void;
  /** Path of a native binding built for another runtime (Electron's ABI). */
  nativeBinding?: string;
}

function readUserVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function openStore(path: string, options: OpenStoreOptions = {}): Store {
  const migrations = options.migrations ?? MIGRATIONS;
  assertOrdered(migrations);
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  const target = options.targetVersion ?? latest;
  const existed = path !== ':memory:' && existsSync(path);

  // Look at an existing file read-only first: a file from a newer app must stay untouched
  // (switching it to WAL would already write to it).
  if (existed) {
    const probe = openOrClassify(path, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    try {
      const version = readUserVersion(probe);
      if (version > latest) {
        throw new StoreError('future_schema', `Workspace schema ${version} is newer than this app (${latest})`, {
          version,
          latest,
        });
      }
      const check = probe.pragma('quick_check', { simple: true }) as string;
      if (check !== 'ok') throw new StoreError('corrupt', `quick_check failed: ${check}`, { check });
    } catch (error) {
      throw classifySqliteError(error) ?? error;
    } finally {
      probe.close();
    }
  }

  const db = openOrClassify(path, { nativeBinding: options.nativeBinding });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    const from = readUserVersion(db);
    const pending = migrations.filter((m) => m.version > from && m.version <= target);
    if (pending.length && existed && from > 0) options.beforeMigrate?.(path, from);
    for (const migration of pending) {
      db.transaction(() => {
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      })();
    }
  } catch (error) {
    db.close();
    throw classifySqliteError(error) ?? error;
  }

  return {
    db,
    path,
    schemaVersion: () => readUserVersion(db),
    close: () => {
      if (db.open) db.close();
    },
  };
}

function openOrClassify(path: string, options: Database.Options): Database.Database {
  try {
    return new Database(path, options);
  } catch (error) {
    throw classifySqliteError(error) ?? error;
  }
}

export { LATEST_SCHEMA_VERSION };
