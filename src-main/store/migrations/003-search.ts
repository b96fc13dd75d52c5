// Schema v3: one full-text index over everything a user searches (visits, delegations, members,
// sites, itinerary items), kept current by triggers so every write path — undo included — updates it.
// The trigram tokenizer matches Chinese substrings of 3+ characters and Latin text regardless of case
// and accents; shorter queries fall back to a scan of the same table (see repos/search.ts).
import type { Database } from 'better-sqlite3';

// Each document's rowid is derived from its source row's rowid and entity (rowid * 8 + code), so
// triggers find it by rowid instead of scanning the index; the UNINDEXED columns are for reading only.
const SOURCES: Array<{ table: string; entity: string; code: number; visitId: string; text: string }> = [
  {
    table: 'visits',
    code: 1,
    entity: 'visit',
    visitId: 'NEW.id',
    text: `NEW.title_en || ' ' || NEW.title_zh || ' ' || NEW.purpose_en || ' ' || NEW.purpose_zh`,
  },
  {
    table: 'delegations',
    code: 2,
    entity: 'delegation',
    visitId: 'NEW.visit_id',
    text: `NEW.name_en || ' ' || NEW.name_zh`,
  },
  {
    table: 'members',
    code: 3,
    entity: 'member',
    visitId: '(SELECT visit_id FROM delegations WHERE id = NEW.delegation_id)',
    text: `NEW.name_latin || ' ' || NEW.name_zh || ' ' || NEW.title_en || ' ' || NEW.title_zh || ' ' ||
           NEW.organisation_en || ' ' || NEW.organisation_zh || ' ' || NEW.email`,
  },
  {
    table: 'sites',
    code: 4,
    entity: 'site',
    visitId: 'NULL',
    text: `NEW.name_en || ' ' || NEW.name_zh || ' ' || NEW.address_en || ' ' || NEW.address_zh`,
  },
  {
    table: 'items',
    code: 5,
    entity: 'item',
    visitId: 'NEW.visit_id',
    text: `NEW.title_en || ' ' || NEW.title_zh || ' ' || NEW.description_en || ' ' || NEW.description_zh || ' ' ||
           NEW.hosts_en || ' ' || NEW.hosts_zh`,
  },
];

export function up(db: Database): void {
  db.exec(`
    CREATE VIRTUAL TABLE search_index USING fts5(
      body, entity UNINDEXED, ref UNINDEXED, visit_id UNINDEXED,
      tokenize = 'trigram remove_diacritics 1'
    );
  `);
  for (const { table, entity, code, visitId, text } of SOURCES) {
    const insert = `INSERT INTO search_index (rowid, body, entity, ref, visit_id)
      VALUES (NEW.rowid * 8 + ${code}, ${text}, '${entity}', NEW.id, ${visitId});`;
    const remove = `DELETE FROM search_index WHERE rowid = OLD.rowid * 8 + ${code};`;
    db.exec(`
      CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table} BEGIN ${insert} END;
      CREATE TRIGGER ${table}_search_update AFTER UPDATE ON ${table} BEGIN ${remove} ${insert} END;
      CREATE TRIGGER ${table}_search_delete AFTER DELETE ON ${table} BEGIN ${remove} END;
      INSERT INTO search_index (rowid, body, entity, ref, visit_id)
        SELECT t.rowid * 8 + ${code}, ${text.replaceAll('NEW.', 't.')}, '${entity}', t.id,
          ${visitId.replaceAll('NEW.', 't.')}
        FROM ${table} AS t;
    `);
  }
}
