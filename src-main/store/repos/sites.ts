import type { Database } from 'better-sqlite3';
import type { Site } from '../../shared/contract/entities';
import type { SiteCategory } from '../../shared/domain/vocabulary';
import { bilingual, bilingualParams, likePattern, type Row, statementCache } from './columns';

const toSite = (row: Row): Site => ({
  id: String(row.id),
  name: bilingual(row, 'name'),
  address: bilingual(row, 'address'),
  placeId: (row.place_id as string | null) ?? null,
  category: row.category as SiteCategory,
  contact: { name: String(row.contact_name), phone: String(row.contact_phone), email: String(row.contact_email) },
  latitude: (row.latitude as number | null) ?? null,
  longitude: (row.longitude as number | null) ?? null,
  notes: bilingual(row, 'notes'),
  zhReviewed: row.zh_reviewed === 1,
});

const params = (s: Site): Row => ({
  id: s.id,
  ...bilingualParams('name', s.name),
  ...bilingualParams('address', s.address),
  place_id: s.placeId,
  category: s.category,
  contact_name: s.contact.name,
  contact_phone: s.contact.phone,
  contact_email: s.contact.email,
  latitude: s.latitude,
  longitude: s.longitude,
  ...bilingualParams('notes', s.notes),
  zh_reviewed: s.zhReviewed ? 1 : 0,
});

export const sitesRepo = (db: Database) => {
  const prepare = statementCache(db);
  return {
    list(query?: string): Site[] {
      const rows = query
        ? db
            .prepare(
              `SELECT * FROM sites WHERE name_en LIKE @q ESCAPE '\\' OR name_zh LIKE @q ESCAPE '\\'
               OR address_en LIKE @q ESCAPE '\\' OR address_zh LIKE @q ESCAPE '\\'
             ORDER BY name_en COLLATE NOCASE`,
            )
            .all({ q: likePattern(query) })
        : prepare('SELECT * FROM sites ORDER BY name_en COLLATE NOCASE').all();
      return (rows as Row[]).map(toSite);
    },
    get(id: string): Site | undefined {
      const row = prepare('SELECT * FROM sites WHERE id = ?').get(id) as Row | undefined;
      return row && toSite(row);
    },
    /** Sites named exactly so in both languages (visit packages reuse them). */
    findByNames(en: string, zh: string): Site[] {
      const rows = prepare('SELECT * FROM sites WHERE name_en = ? AND name_zh = ? ORDER BY rowid').all(en, zh);
      return (rows as Row[]).map(toSite);
    },
    insert(site: Site): void {
      prepare(
        `INSERT INTO sites (id, name_en, name_zh, address_en, address_zh, place_id, category, contact_name,
         contact_phone, contact_email, latitude, longitude, notes_en, notes_zh, zh_reviewed)
       VALUES (@id, @name_en, @name_zh, @address_en, @address_zh, @place_id, @category, @contact_name,
         @contact_phone, @contact_email, @latitude, @longitude, @notes_en, @notes_zh, @zh_reviewed)`,
      ).run(params(site));
    },
    update(site: Site): void {
      prepare(
        `UPDATE sites SET name_en = @name_en, name_zh = @name_zh, address_en = @address_en, address_zh = @address_zh,
         place_id = @place_id, category = @category, contact_name = @contact_name, contact_phone = @contact_phone,
         contact_email = @contact_email, latitude = @latitude, longitude = @longitude, notes_en = @notes_en,
         notes_zh = @notes_zh, zh_reviewed = @zh_reviewed WHERE id = @id`,
      ).run(params(site));
    },
    delete(id: string): boolean {
      return prepare('DELETE FROM sites WHERE id = ?').run(id).changes > 0;
    },
  };
};
