// Consistent copies of a workspace file while it is in use.
import Database from 'better-sqlite3';

/**
 * SQLite's online backup API (better-sqlite3 `db.backup`): copies the open database page by page
 * between turns of the event loop, so edits may go on meanwhile; the copy is of one consistent state.
 */
export async function onlineBackup(db: Database.Database, target: string): Promise<void> {
  // 2,000 pages (8 MB) a step: a typical workspace in one or two steps, a large one without a long pause.
  await db.backup(target, { progress: () => 2000 });
}

/**
 * A copy taken through a separate read-only connection with VACUUM INTO: synchronous, so it can run
 * in openStore's `beforeMigrate` hook, and it includes whatever the WAL holds.
 */
export function snapshotReadOnly(source: string, target: string, nativeBinding?: string): void {
  const db = new Database(source, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
}
