// Schema v2: places remember whether they are programme pilots, and places and sites whether their
// Chinese name has been reviewed (the gazetteer and demo supply some names that no seed gives).
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE places ADD COLUMN pilot INTEGER NOT NULL DEFAULT 0 CHECK (pilot IN (0, 1));
    ALTER TABLE places ADD COLUMN zh_reviewed INTEGER NOT NULL DEFAULT 1 CHECK (zh_reviewed IN (0, 1));
    ALTER TABLE sites ADD COLUMN zh_reviewed INTEGER NOT NULL DEFAULT 1 CHECK (zh_reviewed IN (0, 1));
  `);
}
