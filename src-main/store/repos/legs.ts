import type { Database } from 'better-sqlite3';
import type { Leg } from '../../shared/contract/entities';
import type { PlaceKind, PlaceSide } from '../../shared/domain/vocabulary';
import { bilingual, type Row, statementCache } from './columns';

const SELECT = `SELECT l.*, p.gazetteer_key, p.name_en, p.name_zh, p.kind, p.country, p.side, p.time_zone AS place_time_zone,
  p.pilot, p.zh_reviewed
  FROM legs l JOIN places p ON p.id = l.place_id`;

const toLeg = (row: Row): Leg => ({
  id: String(row.id),
  visitId: String(row.visit_id),
  placeId: String(row.place_id),
  place: {
    id: String(row.place_id),
    gazetteerKey: (row.gazetteer_key as string | null) ?? null,
    name: bilingual(row, 'name'),
    kind: row.kind as PlaceKind,
    country: String(row.country),
    side: row.side as PlaceSide,
    timeZone: String(row.place_time_zone),
    pilot: row.pilot === 1,
    zhReviewed: row.zh_reviewed === 1,
  },
  startDate: String(row.start_date),
  endDate: String(row.end_date),
  timeZone: String(row.time_zone),
});

const params = (leg: Leg): Row => ({
  id: leg.id,
  visit_id: leg.visitId,
  place_id: leg.placeId,
  start_date: leg.startDate,
  end_date: leg.endDate,
  time_zone: leg.timeZone,
});

export const legsRepo = (db: Database) => {
  const prepare = statementCache(db);
  return {
    listByVisit(visitId: string): Leg[] {
      const rows = prepare(`${SELECT} WHERE l.visit_id = ? ORDER BY l.start_date, l.end_date`).all(visitId);
      return (rows as Row[]).map(toLeg);
    },
    get(id: string): Leg | undefined {
      const row = prepare(`${SELECT} WHERE l.id = ?`).get(id) as Row | undefined;
      return row && toLeg(row);
    },
    insert(leg: Leg): void {
      prepare(
        `INSERT INTO legs (id, visit_id, place_id, start_date, end_date, time_zone)
       VALUES (@id, @visit_id, @place_id, @start_date, @end_date, @time_zone)`,
      ).run(params(leg));
    },
    update(leg: Leg): void {
      prepare(
        `UPDATE legs SET place_id = @place_id, start_date = @start_date, end_date = @end_date, time_zone = @time_zone
       WHERE id = @id`,
      ).run(params(leg));
    },
    shiftDates(where: { visitId?: string; legId?: string }, days: number): void {
      const column = where.legId ? 'id' : 'visit_id';
      prepare(
        `UPDATE legs SET start_date = date(start_date, @days || ' days'), end_date = date(end_date, @days || ' days')
       WHERE ${column} = @id`,
      ).run({ days: String(days), id: where.legId ?? where.visitId });
    },
    delete(id: string): boolean {
      return prepare('DELETE FROM legs WHERE id = ?').run(id).changes > 0;
    },
  };
};
