// Undo and redo for every edit of the session, whatever table it touched (cascades included).
// TEMP triggers record, for each row change, the SQL that reverses it (values quoted by SQLite's own
// quote()); one contract call is one step. Undoing a step runs its statements newest first while the
// triggers record the reverse again, which becomes the redo step. This is the technique described in
// sqlite.org's "Automatic Undo/Redo Using SQLite". Temp objects live with the connection: a reopened
// workspace starts with an empty history, as a new session should.
import type { Database } from 'better-sqlite3';
import type { HistoryState } from '../shared/contract/history-state';

/** Tables whose changes are edits a user may undo (not settings, not the search index). */
const TRACKED_TABLES = [
  'places',
  'visits',
  'legs',
  'delegations',
  'delegation_origins',
  'members',
  'sites',
  'items',
  'item_attendees',
] as const;

const MAX_STEPS = 200;

/** Undo never winds a visit's revision back: a printed programme's revision must only ever grow. */
const NOT_RESTORED_ON_UPDATE: Record<string, string[]> = { visits: ['revision', 'updated_at'] };

export interface HistoryStep {
  label: string;
  first: number;
  last: number;
}

function columnsOf(db: Database, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);
}

function installTriggers(db: Database): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY, statement TEXT NOT NULL)`);
  for (const table of TRACKED_TABLES) {
    const columns = columnsOf(db, table);
    const values = columns.map((c) => `'||quote(OLD."${c}")||'`).join(',');
    const assignments = columns
      .filter((c) => !NOT_RESTORED_ON_UPDATE[table]?.includes(c))
      .map((c) => `"${c}"='||quote(OLD."${c}")||'`)
      .join(',');
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS ${table}_undo_insert AFTER INSERT ON main.${table} BEGIN
        INSERT INTO undo_log (statement) VALUES ('DELETE FROM ${table} WHERE rowid='||NEW.rowid);
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${table}_undo_update AFTER UPDATE ON main.${table} BEGIN
        INSERT INTO undo_log (statement) VALUES ('UPDATE ${table} SET ${assignments} WHERE rowid='||OLD.rowid);
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${table}_undo_delete BEFORE DELETE ON main.${table} BEGIN
        INSERT INTO undo_log (statement) VALUES
          ('INSERT INTO ${table} (rowid,${columns.map((c) => `"${c}"`).join(',')}) VALUES ('||OLD.rowid||',${values})');
      END;
    `);
  }
}

export function createHistory(db: Database) {
  installTriggers(db);
  const undoSteps: HistoryStep[] = [];
  const redoSteps: HistoryStep[] = [];
  const lastSeq = () => (db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM undo_log').get() as { seq: number }).seq;
  const statements = (step: HistoryStep) =>
    (
      db
        .prepare('SELECT statement FROM undo_log WHERE seq BETWEEN ? AND ? ORDER BY seq DESC')
        .all(step.first, step.last) as { statement: string }[]
    ).map((row) => row.statement);
  const forget = (step: HistoryStep) =>
    db.prepare('DELETE FROM undo_log WHERE seq BETWEEN ? AND ?').run(step.first, step.last);

  /** Replays a step's reversing statements in one transaction; returns the step that reverses it. */
  const replay = (step: HistoryStep): HistoryStep | null => {
    const from = lastSeq();
    db.transaction(() => {
      // Restoring a parent after its children (a cascade logged child-first) must not trip the
      // foreign keys midway; they are still checked at commit.
      db.pragma('defer_foreign_keys = ON');
      for (const statement of statements(step)) db.exec(statement);
      forget(step);
    })();
    const to = lastSeq();
    return to > from ? { label: step.label, first: from + 1, last: to } : null;
  };

  return {
    /** Call before a contract call; pass the result to `record` after it. */
    mark: lastSeq,
    /** Makes everything logged since `mark` one undoable step, and clears the redo stack. */
    record(label: string, mark: number): void {
      const last = lastSeq();
      if (last <= mark) return;
      undoSteps.push({ label, first: mark + 1, last });
      for (const step of redoSteps.splice(0)) forget(step);
      if (undoSteps.length > MAX_STEPS) forget(undoSteps.shift()!);
    },
    undo(): boolean {
      const step = undoSteps.pop();
      if (!step) return false;
      const reverse = replay(step);
      if (reverse) redoSteps.push(reverse);
      return true;
    },
    redo(): boolean {
      const step = redoSteps.pop();
      if (!step) return false;
      const reverse = replay(step);
      if (reverse) undoSteps.push(reverse);
      return true;
    },
    state(): HistoryState {
      return {
        canUndo: undoSteps.length > 0,
        canRedo: redoSteps.length > 0,
        undoLabel: undoSteps.at(-1)?.label ?? null,
        redoLabel: redoSteps.at(-1)?.label ?? null,
      };
    },
  };
}

export type History = ReturnType<typeof createHistory>;
