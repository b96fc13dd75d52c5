import type { Database } from 'better-sqlite3';
import { likePattern } from './columns';

export interface SearchRow {
  entity: 'visit' | 'delegation' | 'member' | 'site' | 'item';
  ref: string;
  visitId: string | null;
}

/** The trigram index needs 3+ characters per term; shorter terms are matched by a scan instead. */
const TRIGRAM = 3;

export const searchRepo = (db: Database) => ({
  find(query: string, limit: number): SearchRow[] {
    const terms = query.split(/\s+/).filter(Boolean);
    if (terms.length === 0) return [];
    const rows = terms.every((term) => [...term].length >= TRIGRAM)
      ? db
          .prepare(
            // No ORDER BY rank: ranking every match of a common term costs more than it is worth here.
            `SELECT entity, ref, visit_id AS visitId FROM search_index WHERE search_index MATCH ? LIMIT ?`,
          )
          .all(terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' '), limit)
      : db
          .prepare(
            `SELECT entity, ref, visit_id AS visitId FROM search_index
             WHERE ${terms.map(() => `body LIKE ? ESCAPE '\\'`).join(' AND ')} LIMIT ?`,
          )
          .all(...terms.map(likePattern), limit);
    return rows as SearchRow[];
  },
});
