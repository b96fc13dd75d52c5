import type { Database } from 'better-sqlite3';
import type { Delegation } from '../../shared/contract/entities';
import { bilingual, bilingualParams, type Row, statementCache } from './columns';

const SELECT = `SELECT d.*,
    (SELECT count(*) FROM members m WHERE m.delegation_id = d.id) AS member_count,
    (SELECT json_group_array(place_id) FROM
       (SELECT place_id FROM delegation_origins o WHERE o.delegation_id = d.id ORDER BY o.position)) AS origins
  FROM delegations d`;

const toDelegation = (row: Row): Delegation => ({
  id: String(row.id),
  visitId: String(row.visit_id),
  name: bilingual(row, 'name'),
  originPlaceIds: JSON.parse(String(row.origins)) as string[],
  homeTimeZone: String(row.home_time_zone),
  notes: bilingual(row, 'notes'),
  memberCount: Number(row.member_count),
});

const params = (d: Delegation): Row => ({
  id: d.id,
  visit_id: d.visitId,
  ...bilingualParams('name', d.name),
  home_time_zone: d.homeTimeZone,
  ...bilingualParams('notes', d.notes),
});

export const delegationsRepo = (db: Database) => {
  const prepare = statementCache(db);
  const replaceOrigins = (d: Delegation) => {
    prepare('DELETE FROM delegation_origins WHERE delegation_id = ?').run(d.id);
    const insert = prepare('INSERT INTO delegation_origins (delegation_id, place_id, position) VALUES (?, ?, ?)');
    [...new Set(d.originPlaceIds)].forEach((placeId, i) => insert.run(d.id, placeId, i));
  };
  return {
    listByVisit(visitId: string): Delegation[] {
      const rows = prepare(`${SELECT} WHERE d.visit_id = ? ORDER BY d.position, d.rowid`).all(visitId);
      return (rows as Row[]).map(toDelegation);
    },
    setPosition(id: string, position: number): void {
      prepare('UPDATE delegations SET position = ? WHERE id = ?').run(position, id);
    },
    get(id: string): Delegation | undefined {
      const row = prepare(`${SELECT} WHERE d.id = ?`).get(id) as Row | undefined;
      return row && toDelegation(row);
    },
    insert(d: Delegation): void {
      prepare(
        `INSERT INTO delegations (id, visit_id, name_en, name_zh, home_time_zone, notes_en, notes_zh, position)
         VALUES (@id, @visit_id, @name_en, @name_zh, @home_time_zone, @notes_en, @notes_zh,
           (SELECT coalesce(max(position), -1) + 1 FROM delegations WHERE visit_id = @visit_id))`,
      ).run(params(d));
      replaceOrigins(d);
    },
    update(d: Delegation): void {
      prepare(
        `UPDATE delegations SET name_en = @name_en, name_zh = @name_zh, home_time_zone = @home_time_zone,
           notes_en = @notes_en, notes_zh = @notes_zh WHERE id = @id`,
      ).run(params(d));
      replaceOrigins(d);
    },
    delete(id: string): boolean {
      return prepare('DELETE FROM delegations WHERE id = ?').run(id).changes > 0;
    },
  };
};
