import type { Database } from 'better-sqlite3';
import type { Bilingual, Visit, VisitSummary } from '../../shared/contract/entities';
import type { VisitStatus } from '../../shared/domain/vocabulary';
import { bilingual, bilingualParams, type Row, statementCache } from './columns';

const toVisit = (row: Row): Visit => ({
  id: String(row.id),
  title: bilingual(row, 'title'),
  purpose: bilingual(row, 'purpose'),
  themes: JSON.parse(String(row.themes_json)) as Bilingual[],
  status: row.status as VisitStatus,
  notes: bilingual(row, 'notes'),
  revision: Number(row.revision),
  createdAt: String(row.created_at),
  updatedAt: String(row.updated_at),
});

const params = (v: Visit): Row => ({
  id: v.id,
  ...bilingualParams('title', v.title),
  ...bilingualParams('purpose', v.purpose),
  themes_json: JSON.stringify(v.themes),
  status: v.status,
  ...bilingualParams('notes', v.notes),
  created_at: v.createdAt,
  updated_at: v.updatedAt,
});

export const visitsRepo = (db: Database) => {
  const prepare = statementCache(db);
  return {
    listSummaries(): VisitSummary[] {
      const rows = db
        .prepare(
          `SELECT v.*,
           (SELECT min(start_date) FROM legs WHERE visit_id = v.id) AS start_date,
           (SELECT max(end_date) FROM legs WHERE visit_id = v.id) AS end_date,
           (SELECT count(*) FROM legs WHERE visit_id = v.id) AS leg_count,
           (SELECT count(*) FROM delegations WHERE visit_id = v.id) AS delegation_count,
           (SELECT count(*) FROM items WHERE visit_id = v.id) AS item_count,
           (SELECT json_group_array(json_object('en', name_en, 'zh', name_zh)) FROM
              (SELECT p.name_en, p.name_zh FROM legs l JOIN places p ON p.id = l.place_id
               WHERE l.visit_id = v.id ORDER BY l.start_date)) AS host_places
         FROM visits v
         ORDER BY start_date IS NULL, start_date DESC, v.created_at DESC`,
        )
        .all() as Row[];
      return rows.map((row) => ({
        ...toVisit(row),
        startDate: (row.start_date as string | null) ?? null,
        endDate: (row.end_date as string | null) ?? null,
        legCount: Number(row.leg_count),
        delegationCount: Number(row.delegation_count),
        itemCount: Number(row.item_count),
        hostPlaces: JSON.parse(String(row.host_places)) as Bilingual[],
      }));
    },
    get(id: string): Visit | undefined {
      const row = prepare('SELECT * FROM visits WHERE id = ?').get(id) as Row | undefined;
      return row && toVisit(row);
    },
    insert(visit: Visit): void {
      prepare(
        `INSERT INTO visits (id, title_en, title_zh, purpose_en, purpose_zh, themes_json, status, notes_en, notes_zh,
         revision, created_at, updated_at)
       VALUES (@id, @title_en, @title_zh, @purpose_en, @purpose_zh, @themes_json, @status, @notes_en, @notes_zh,
         1, @created_at, @updated_at)`,
      ).run(params(visit));
    },
    update(visit: Visit): void {
      prepare(
        `UPDATE visits SET title_en = @title_en, title_zh = @title_zh, purpose_en = @purpose_en,
         purpose_zh = @purpose_zh, themes_json = @themes_json, status = @status, notes_en = @notes_en,
         notes_zh = @notes_zh WHERE id = @id`,
      ).run(params(visit));
    },
    delete(id: string): boolean {
      return prepare('DELETE FROM visits WHERE id = ?').run(id).changes > 0;
    },
  };
};
