// Helpers for the *_en / *_zh column pairs that hold every bilingual text.
import type { Database, Statement } from 'better-sqlite3';
import type { Bilingual } from '../../shared/contract/entities';

export type Row = Record<string, unknown>;

export const bilingual = (row: Row, column: string): Bilingual => ({
  en: String(row[`${column}_en`] ?? ''),
  zh: String(row[`${column}_zh`] ?? ''),
});

/** Named parameters for a bilingual value: { title_en, title_zh }. */
export const bilingualParams = (column: string, value: Bilingual): Row => ({
  [`${column}_en`]: value.en,
  [`${column}_zh`]: value.zh,
});

/** Escapes a user's text for LIKE … ESCAPE '\'. */
export const likePattern = (query: string): string => `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Prepared statements, compiled once per connection and SQL text, then reused. */
const caches = new WeakMap<Database, Map<string, Statement>>();
export function statementCache(db: Database): (sql: string) => Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) cache.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
}
