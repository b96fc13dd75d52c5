import type { Database } from 'better-sqlite3';
import type { Place } from '../../shared/contract/entities';
import type { PlaceKind, PlaceSide } from '../../shared/domain/vocabulary';
import { bilingual, bilingualParams, likePattern, type Row, statementCache } from './columns';

const toPlace = (row: Row): Place => ({
  id: String(row.id),
  gazetteerKey: (row.gazetteer_key as string | null) ?? null,
  name: bilingual(row, 'name'),
  kind: row.kind as PlaceKind,
  country: String(row.country),
  side: row.side as PlaceSide,
  timeZone: String(row.time_zone),
  pilot: row.pilot === 1,
  zhReviewed: row.zh_reviewed === 1,
});

const params = (p: Place): Row => ({
  id: p.id,
  gazetteer_key: p.gazetteerKey,
  ...bilingualParams('name', p.name),
  kind: p.kind,
  country: p.country,
  side: p.side,
  time_zone: p.timeZone,
  pilot: p.pilot ? 1 : 0,
  zh_reviewed: p.zhReviewed ? 1 : 0,
});

export const placesRepo = (db: Database) => {
  const prepare = statementCache(db);
  return {
    list(query?: string): Place[] {
      const rows = query
        ? db
            .prepare(
              `SELECT * FROM places WHERE name_en LIKE @q ESCAPE '\\' OR name_zh LIKE @q ESCAPE '\\'
             ORDER BY name_en COLLATE NOCASE`,
            )
            .all({ q: likePattern(query) })
        : prepare('SELECT * FROM places ORDER BY name_en COLLATE NOCASE').all();
      return (rows as Row[]).map(toPlace);
    },
    get(id: string): Place | undefined {
      const row = prepare('SELECT * FROM places WHERE id = ?').get(id) as Row | undefined;
      return row && toPlace(row);
    },
    byGazetteerKey(key: string): Place | undefined {
      const row = prepare('SELECT * FROM places WHERE gazetteer_key = ?').get(key) as Row | undefined;
      return row && toPlace(row);
    },
    /** Places named exactly so in both languages (visit packages reuse them). */
    findByNames(en: string, zh: string): Place[] {
      const rows = prepare('SELECT * FROM places WHERE name_en = ? AND name_zh = ? ORDER BY rowid').all(en, zh);
      return (rows as Row[]).map(toPlace);
    },
    gazetteerKeys(): string[] {
      return prepare('SELECT gazetteer_key FROM places WHERE gazetteer_key IS NOT NULL').pluck().all() as string[];
    },
    insert(place: Place): void {
      prepare(
        `INSERT INTO places (id, gazetteer_key, name_en, name_zh, kind, country, side, time_zone, pilot, zh_reviewed)
       VALUES (@id, @gazetteer_key, @name_en, @name_zh, @kind, @country, @side, @time_zone, @pilot, @zh_reviewed)`,
      ).run(params(place));
    },
    update(place: Place): void {
      prepare(
        `UPDATE places SET gazetteer_key = @gazetteer_key, name_en = @name_en, name_zh = @name_zh, kind = @kind,
       country = @country, side = @side, time_zone = @time_zone, pilot = @pilot, zh_reviewed = @zh_reviewed
       WHERE id = @id`,
      ).run(params(place));
    },
    /** A place a leg or a delegation's origins point to cannot be deleted. */
    isInUse(id: string): boolean {
      const row = db
        .prepare(
          `SELECT EXISTS (SELECT 1 FROM legs WHERE place_id = @id)
             OR EXISTS (SELECT 1 FROM delegation_origins WHERE place_id = @id) AS used`,
        )
        .get({ id }) as { used: number };
      return row.used === 1;
    },
    delete(id: string): boolean {
      return prepare('DELETE FROM places WHERE id = ?').run(id).changes > 0;
    },
  };
};
