import type { Database } from 'better-sqlite3';
import { statementCache } from './columns';

export const settingsRepo = (db: Database) => {
  const prepare = statementCache(db);
  return {
    get(key: string): string | undefined {
      const row = prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
      return row?.value;
    },
    set(key: string, value: string): void {
      prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      ).run(key, value);
    },
  };
};
