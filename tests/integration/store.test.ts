import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../src-main/store/migrations';
import { openStore, type Store } from '../../src-main/store/open-store';
import { StoreError } from '../../src-main/store/store-errors';
import { tempDir } from '../helpers/workspace';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function freshPath(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return join(dir, 'workspace.sqlite');
}

function track(store: Store): Store {
  cleanups.unshift(() => store.close());
  return store;
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('openStore', () => {
  it('creates a file at the latest schema version with the required pragmas', () => {
    const path = freshPath();
    const store = track(openStore(path));
    expect(existsSync(path)).toBe(true);
    expect(store.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
  });

  it('registers migrations in order, one per version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(() => openStore(':memory:', { migrations: [{ ...MIGRATIONS[0], version: 2 }] })).toThrow(/expected 1/);
  });

  it('migration 1 creates every table of schema v1', () => {
    const store = track(openStore(freshPath(), { targetVersion: 1 }));
    const tables = (store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[])
      .map((r) => r.name)
      .sort();
    expect(tables).toEqual(
      [
        'delegation_origins',
        'delegations',
        'item_attendees',
        'items',
        'legs',
        'members',
        'places',
        'settings',
        'sites',
        'visits',
      ].sort(),
    );
  });

  it('reopens an existing workspace without re-running migrations and keeps its data', () => {
    const path = freshPath();
    const first = openStore(path);
    first.db.prepare("INSERT INTO settings (key, value) VALUES ('language', 'zh-CN')").run();
    first.close();
    const second = track(openStore(path));
    expect(second.db.prepare("SELECT value FROM settings WHERE key = 'language'").get()).toEqual({ value: 'zh-CN' });
    expect(second.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
  });

  it('refuses a file written by a newer version and leaves it byte for byte untouched', () => {
    const path = freshPath();
    const db = new Database(path);
    db.exec('CREATE TABLE future_things (id INTEGER PRIMARY KEY)');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.close();
    const before = sha(path);
    let caught: unknown;
    try {
      openStore(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StoreError);
    expect((caught as StoreError).code).toBe('future_schema');
    expect((caught as StoreError).details).toEqual({
      version: LATEST_SCHEMA_VERSION + 5,
      latest: LATEST_SCHEMA_VERSION,
    });
    expect(sha(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a file that is not a database', () => {
    const path = freshPath();
    writeFileSync(path, 'this is not sqlite'.repeat(100));
    expect(() => openStore(path)).toThrow(StoreError);
  });

  it('runs each pending migration in its own transaction; a failing one leaves the file at the last good version', () => {
    const path = freshPath();
    const good: Migration = { version: 2, name: 'add-things', up: (db) => db.exec('CREATE TABLE things (id TEXT)') };
    const bad: Migration = {
      version: 3,
      name: 'breaks-halfway',
      up: (db) => {
        db.exec('CREATE TABLE half_done (id TEXT)');
        throw new Error('boom');
      },
    };
    track(openStore(path, { targetVersion: 1 })).close();
    expect(() => openStore(path, { migrations: [...MIGRATIONS.slice(0, 1), good, bad] })).toThrow('boom');
    const db = new Database(path, { readonly: true });
    cleanups.unshift(() => db.close());
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (r) => r.name,
    );
    expect(names).toContain('things');
    expect(names).not.toContain('half_done');
  });

  it('calls beforeMigrate only when an existing file is about to be upgraded', () => {
    const path = freshPath();
    const calls: number[] = [];
    track(openStore(path, { targetVersion: 1, beforeMigrate: (_p, from) => calls.push(from) })).close();
    expect(calls).toEqual([]);
    const extra: Migration = { version: 2, name: 'extra', up: (db) => db.exec('CREATE TABLE extra (id TEXT)') };
    track(openStore(path, { migrations: [MIGRATIONS[0], extra], beforeMigrate: (_p, from) => calls.push(from) }));
    expect(calls).toEqual([1]);
  });

  it('upgrades a version-1 file with its data intact: review flags default to reviewed, search indexes old rows', () => {
    const path = freshPath();
    const v1 = openStore(path, { targetVersion: 1 });
    const now = new Date().toISOString();
    v1.db
      .prepare(
        "INSERT INTO places (id, name_en, name_zh, kind, country, side, time_zone) VALUES ('p', 'Zhengzhou', '郑州', 'city', 'CN', 'china', 'Asia/Shanghai')",
      )
      .run();
    v1.db
      .prepare(
        "INSERT INTO visits (id, title_en, title_zh, status, created_at, updated_at) VALUES ('v', 'Henan study visit', '河南考察访问', 'draft', ?, ?)",
      )
      .run(now, now);
    v1.db
      .prepare(
        "INSERT INTO sites (id, name_en, name_zh, category) VALUES ('s', 'Henan Museum', '河南博物院', 'museum')",
      )
      .run();
    v1.close();

    const upgraded = track(openStore(path));
    expect(upgraded.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    expect(upgraded.db.prepare("SELECT name_zh, pilot, zh_reviewed FROM places WHERE id = 'p'").get()).toEqual({
      name_zh: '郑州',
      pilot: 0,
      zh_reviewed: 1,
    });
    expect(upgraded.db.prepare("SELECT title_zh FROM visits WHERE id = 'v'").get()).toEqual({
      title_zh: '河南考察访问',
    });
    const found = upgraded.db
      .prepare('SELECT entity, ref FROM search_index WHERE search_index MATCH \'"博物院"\'')
      .all();
    expect(found).toEqual([{ entity: 'site', ref: 's' }]);
  });

  it('raises the visit revision on every change to the visit or anything in it', () => {
    const store = track(openStore(freshPath()));
    const { db } = store;
    const now = new Date().toISOString();
    db.prepare(
      "INSERT INTO visits (id, title_en, status, created_at, updated_at) VALUES ('v', 'Visit', 'draft', ?, ?)",
    ).run(now, now);
    const revision = () =>
      (db.prepare("SELECT revision FROM visits WHERE id = 'v'").get() as { revision: number }).revision;
    expect(revision()).toBe(1);
    db.prepare("UPDATE visits SET title_zh = '访问' WHERE id = 'v'").run();
    expect(revision()).toBe(2);
    db.prepare(
      "INSERT INTO places (id, name_en, kind, country, side, time_zone) VALUES ('p', 'Beijing', 'city', 'CN', 'china', 'Asia/Shanghai')",
    ).run();
    db.prepare(
      "INSERT INTO legs (id, visit_id, place_id, start_date, end_date, time_zone) VALUES ('l', 'v', 'p', '2023-07-02', '2023-07-03', 'Asia/Shanghai')",
    ).run();
    expect(revision()).toBe(3);
    db.prepare(
      "INSERT INTO delegations (id, visit_id, name_en, home_time_zone) VALUES ('d', 'v', 'EU', 'Europe/Brussels')",
    ).run();
    db.prepare("INSERT INTO members (id, delegation_id, role, precedence) VALUES ('m', 'd', 'head', 0)").run();
    expect(revision()).toBe(5);
  });
});
