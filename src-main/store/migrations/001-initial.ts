// Schema v1: places, visits, legs, delegations, members, sites, itinerary items, settings.
// Bilingual texts are column pairs *_en / *_zh. Ids are random UUIDs (stable across export/import).
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE places (
      id TEXT PRIMARY KEY,
      gazetteer_key TEXT UNIQUE,
      name_en TEXT NOT NULL DEFAULT '',
      name_zh TEXT NOT NULL DEFAULT '',
      kind TEXT NOT NULL CHECK (kind IN ('city', 'region', 'district', 'other')),
      country TEXT NOT NULL,
      side TEXT NOT NULL CHECK (side IN ('eu', 'china', 'other')),
      time_zone TEXT NOT NULL
    ) STRICT;

    CREATE TABLE visits (
      id TEXT PRIMARY KEY,
      title_en TEXT NOT NULL DEFAULT '',
      title_zh TEXT NOT NULL DEFAULT '',
      purpose_en TEXT NOT NULL DEFAULT '',
      purpose_zh TEXT NOT NULL DEFAULT '',
      themes_json TEXT NOT NULL DEFAULT '[]',
      status TEXT NOT NULL CHECK (status IN ('draft', 'confirmed', 'completed', 'cancelled')),
      notes_en TEXT NOT NULL DEFAULT '',
      notes_zh TEXT NOT NULL DEFAULT '',
      revision INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE legs (
      id TEXT PRIMARY KEY,
      visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
      place_id TEXT NOT NULL REFERENCES places(id) ON DELETE RESTRICT,
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL,
      time_zone TEXT NOT NULL,
      CHECK (end_date >= start_date)
    ) STRICT;
    CREATE INDEX legs_by_visit ON legs(visit_id, start_date);

    CREATE TABLE delegations (
      id TEXT PRIMARY KEY,
      visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
      name_en TEXT NOT NULL DEFAULT '',
      name_zh TEXT NOT NULL DEFAULT '',
      home_time_zone TEXT NOT NULL,
      notes_en TEXT NOT NULL DEFAULT '',
      notes_zh TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE INDEX delegations_by_visit ON delegations(visit_id, position);

    CREATE TABLE delegation_origins (
      delegation_id TEXT NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
      place_id TEXT NOT NULL REFERENCES places(id) ON DELETE RESTRICT,
      position INTEGER NOT NULL,
      PRIMARY KEY (delegation_id, place_id)
    ) STRICT;

    CREATE TABLE members (
      id TEXT PRIMARY KEY,
      delegation_id TEXT NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
      name_latin TEXT NOT NULL DEFAULT '',
      name_zh TEXT NOT NULL DEFAULT '',
      title_en TEXT NOT NULL DEFAULT '',
      title_zh TEXT NOT NULL DEFAULT '',
      organisation_en TEXT NOT NULL DEFAULT '',
      organisation_zh TEXT NOT NULL DEFAULT '',
      role TEXT NOT NULL CHECK (role IN ('head', 'member', 'interpreter', 'staff')),
      precedence INTEGER NOT NULL,
      email TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      dietary_en TEXT NOT NULL DEFAULT '',
      dietary_zh TEXT NOT NULL DEFAULT '',
      notes_en TEXT NOT NULL DEFAULT '',
      notes_zh TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX members_by_delegation ON members(delegation_id, precedence);

    CREATE TABLE sites (
      id TEXT PRIMARY KEY,
      name_en TEXT NOT NULL DEFAULT '',
      name_zh TEXT NOT NULL DEFAULT '',
      address_en TEXT NOT NULL DEFAULT '',
      address_zh TEXT NOT NULL DEFAULT '',
      place_id TEXT REFERENCES places(id) ON DELETE SET NULL,
      category TEXT NOT NULL,
      contact_name TEXT NOT NULL DEFAULT '',
      contact_phone TEXT NOT NULL DEFAULT '',
      contact_email TEXT NOT NULL DEFAULT '',
      latitude REAL,
      longitude REAL,
      notes_en TEXT NOT NULL DEFAULT '',
      notes_zh TEXT NOT NULL DEFAULT ''
    ) STRICT;

    CREATE TABLE items (
      id TEXT PRIMARY KEY,
      visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
      leg_id TEXT NOT NULL REFERENCES legs(id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      start_time TEXT NOT NULL,
      end_time TEXT NOT NULL,
      ends_next_day INTEGER NOT NULL DEFAULT 0 CHECK (ends_next_day IN (0, 1)),
      kind TEXT NOT NULL,
      title_en TEXT NOT NULL DEFAULT '',
      title_zh TEXT NOT NULL DEFAULT '',
      description_en TEXT NOT NULL DEFAULT '',
      description_zh TEXT NOT NULL DEFAULT '',
      site_id TEXT REFERENCES sites(id) ON DELETE SET NULL,
      hosts_en TEXT NOT NULL DEFAULT '',
      hosts_zh TEXT NOT NULL DEFAULT '',
      attend_all INTEGER NOT NULL DEFAULT 1 CHECK (attend_all IN (0, 1)),
      transport_mode TEXT,
      dress_code_en TEXT NOT NULL DEFAULT '',
      dress_code_zh TEXT NOT NULL DEFAULT '',
      notes_en TEXT NOT NULL DEFAULT '',
      notes_zh TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX items_by_visit ON items(visit_id, date, start_time);
    CREATE INDEX items_by_leg ON items(leg_id);
    CREATE INDEX items_by_site ON items(site_id, date);

    -- Who attends an item when attend_all = 0: whole delegations and/or single members.
    CREATE TABLE item_attendees (
      item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      delegation_id TEXT REFERENCES delegations(id) ON DELETE CASCADE,
      member_id TEXT REFERENCES members(id) ON DELETE CASCADE,
      CHECK ((delegation_id IS NULL) <> (member_id IS NULL))
    ) STRICT;
    CREATE INDEX item_attendees_by_item ON item_attendees(item_id);
  `);

  // Every change to a visit or anything in it raises the visit's revision (printed on programmes).
  const bump = (visitIdExpr: string) =>
    `UPDATE visits SET revision = revision + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ${visitIdExpr};`;
  const triggers: Array<[table: string, visitIdOf: (row: 'NEW' | 'OLD') => string]> = [
    ['legs', (r) => `${r}.visit_id`],
    ['delegations', (r) => `${r}.visit_id`],
    ['items', (r) => `${r}.visit_id`],
    ['members', (r) => `(SELECT visit_id FROM delegations WHERE id = ${r}.delegation_id)`],
    ['item_attendees', (r) => `(SELECT visit_id FROM items WHERE id = ${r}.item_id)`],
  ];
  for (const [table, visitIdOf] of triggers) {
    db.exec(`
      CREATE TRIGGER ${table}_bump_insert AFTER INSERT ON ${table} BEGIN ${bump(visitIdOf('NEW'))} END;
      CREATE TRIGGER ${table}_bump_update AFTER UPDATE ON ${table} BEGIN ${bump(visitIdOf('NEW'))} END;
      CREATE TRIGGER ${table}_bump_delete AFTER DELETE ON ${table} BEGIN ${bump(visitIdOf('OLD'))} END;
    `);
  }
  db.exec(`
    CREATE TRIGGER visits_bump_update AFTER UPDATE OF
      title_en, title_zh, purpose_en, purpose_zh, themes_json, status, notes_en, notes_zh ON visits
    BEGIN ${bump('NEW.id')} END;
  `);
}
