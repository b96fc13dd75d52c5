// Rolling backups: at open (not twice for the same content), after 15 minutes of edits (an injected
// clock, no waiting), before a migration, a bounded number kept, and restore — which first backs up
// the state it replaces. Plus `svp backup` / `svp restore`.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, openDataDir, type App, type OpenAppOptions } from '../../src-main/services';
import { openStore } from '../../src-main/store/open-store';
import { LATEST_SCHEMA_VERSION } from '../../src-main/store/migrations';
import { must, tempDir } from '../helpers/workspace';

const MINUTE = 60_000;
let folder: ReturnType<typeof tempDir>;
let now: number;
const opened: App[] = [];
const workspacePath = () => join(folder.dir, 'Study visits.sqlite');
const backupDir = () => join(folder.dir, 'backups', 'Study visits');

function open(backups: OpenAppOptions['backups'] = {}) {
  const app = openApp(workspacePath(), { backups: { automatic: true, clock: () => now, ...backups } });
  opened.push(app);
  return app;
}
const titles = async (app: App) => (await must(app, 'visits.list', {})).map((v) => v.title.en).sort();
const visit = (app: App, en: string) => must(app, 'visits.create', { title: { en, zh: en } });

beforeEach(() => {
  folder = tempDir('svp-backups-');
  now = Date.parse('2024-03-01T08:00:00.000Z');
});
afterEach(() => {
  for (const app of opened.splice(0)) app.close();
  folder.cleanup();
});

describe('automatic backups', () => {
  it('backs the workspace up when it opens, and not again while nothing changed', async () => {
    const app = open();
    await app.backups.settle();
    const [first] = await must(app, 'backups.list', {});
    expect(first).toMatchObject({ reason: 'open', createdAt: '2024-03-01T08:00:00.000Z' });
    expect(first.path).toBe(join(backupDir(), '2024-03-01T08-00-00.000Z_open.sqlite'));
    expect(first.bytes).toBeGreaterThan(0);
    app.close();

    now += 5 * MINUTE;
    const reopened = open();
    await reopened.backups.settle();
    expect(await must(reopened, 'backups.list', {})).toHaveLength(1);
    await visit(reopened, 'Changed');
    reopened.close();

    now += 5 * MINUTE;
    const third = open();
    await third.backups.settle();
    const list = await must(third, 'backups.list', {});
    expect(list.map((b) => b.reason)).toEqual(['open', 'open']);
    // The newest backup holds the visit created in the previous session.
    const copy = new Database(list[0].path, { readonly: true });
    expect(copy.prepare('SELECT title_en FROM visits').pluck().all()).toEqual(['Changed']);
    copy.close();
  });

  it('backs up after edits once 15 minutes have passed since the last backup', async () => {
    const app = open();
    await app.backups.settle();
    await visit(app, 'First');
    now += 10 * MINUTE;
    await visit(app, 'Second');
    await app.backups.settle();
    expect((await must(app, 'backups.list', {})).map((b) => b.reason)).toEqual(['open']);

    now += 6 * MINUTE; // 16 minutes since the backup at open
    await must(app, 'settings.get', {}); // reading is not an edit
    await app.backups.settle();
    expect(await must(app, 'backups.list', {})).toHaveLength(1);
    await visit(app, 'Third');
    await app.backups.settle();
    const list = await must(app, 'backups.list', {});
    expect(list.map((b) => b.reason)).toEqual(['auto', 'open']);
    expect(list[0].createdAt).toBe('2024-03-01T08:16:00.000Z');

    now += 1 * MINUTE;
    await visit(app, 'Fourth');
    await app.backups.settle();
    expect(await must(app, 'backups.list', {})).toHaveLength(2);
  });

  it('keeps a bounded number, deleting the oldest', async () => {
    const app = open({ keep: 3 });
    await app.backups.settle();
    const made = [];
    for (let i = 0; i < 4; i++) {
      now += MINUTE;
      made.push(await must(app, 'backups.create', {}));
    }
    const list = await must(app, 'backups.list', {});
    expect(list.map((b) => b.fileName)).toEqual(
      made
        .slice(1)
        .reverse()
        .map((b) => b.fileName),
    );
    expect(readdirSync(backupDir()).filter((f) => f.endsWith('.sqlite'))).toHaveLength(3);
    expect(existsSync(made[0].path)).toBe(false);
  });

  it('moves the backups along when the workspace is renamed', async () => {
    const app = openApp(workspacePath(), {
      dataDir: folder.dir,
      backups: { automatic: true, clock: () => now },
    });
    opened.push(app);
    await app.backups.settle();
    await must(app, 'workspaces.rename', { name: 'Renamed visits' });
    const list = await must(app, 'backups.list', {});
    expect(list.map((b) => b.reason)).toEqual(['open']);
    expect(list[0].path.startsWith(join(folder.dir, 'backups', 'Renamed visits'))).toBe(true);
    expect(existsSync(backupDir())).toBe(false);
  });

  it('copies the old file before a migration', async () => {
    const old = openStore(workspacePath(), { targetVersion: 1 });
    old.close();
    const app = open({ automatic: false });
    const [backup] = await must(app, 'backups.list', {});
    expect(backup.reason).toBe('migration');
    const copy = new Database(backup.path, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
    expect(app.store.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
  });
});

describe('backups.restore', () => {
  it('brings back the old data, after backing up the state it replaces', async () => {
    const app = open();
    await visit(app, 'Kept');
    now += MINUTE;
    const backup = await must(app, 'backups.create', {});
    await visit(app, 'Made after the backup');
    now += MINUTE;

    const { restored, safety } = await must(app, 'backups.restore', { path: backup.path });
    expect(restored.path).toBe(backup.path);
    expect(safety.reason).toBe('restore');
    expect(await titles(app)).toEqual(['Kept']);
    expect((await must(app, 'history.state', {})).canUndo).toBe(false);
    const list = await must(app, 'backups.list', {});
    expect(list.map((b) => b.reason)).toEqual(['restore', 'manual', 'open']);

    // Restoring the safety copy (by its file name) undoes the restore.
    now += MINUTE;
    await must(app, 'backups.restore', { path: safety.fileName });
    expect(await titles(app)).toEqual(['Kept', 'Made after the backup']);
    // The app keeps working on the restored file.
    await visit(app, 'Afterwards');
    expect(await titles(app)).toEqual(['Afterwards', 'Kept', 'Made after the backup']);
  });

  it('refuses files that are not backups of this workspace, and damaged backups', async () => {
    const app = open();
    await app.backups.settle();
    for (const path of [workspacePath(), join(folder.dir, 'nope.sqlite'), '../Study visits.sqlite', 'x']) {
      const result = await app.call('backups.restore', { path });
      expect(result.ok || result.error).toMatchObject({ code: 'not_found', messageKey: 'errors:backup.not_found' });
    }
    const [backup] = await must(app, 'backups.list', {});
    const damaged = join(backupDir(), '2024-03-01T09-00-00.000Z_manual.sqlite');
    writeFileSync(damaged, 'this is not a database');
    const result = await app.call('backups.restore', { path: damaged });
    expect(result.ok || result.error.messageKey).toBe('errors:backup.unreadable');
    expect(await must(app, 'backups.list', {})).toContainEqual(backup);
    await visit(app, 'Still works');
  });
});

describe('svp backup / restore', () => {
  const SVP = resolve(__dirname, '../../bin/svp.mjs');
  const svp = (...args: string[]) =>
    spawnSync(process.execPath, [SVP, ...args, '--data-dir', folder.dir], {
      encoding: 'utf8',
      env: { ...process.env, SVP_DATA_DIR: '' },
    });

  it('backs up the current workspace and restores a backup', async () => {
    const app = openDataDir(folder.dir, { backups: { automatic: false } });
    await visit(app, 'Before');
    app.close();

    const backup = svp('backup');
    expect(backup.stderr.replace(/npm warn.*\n/g, '')).toBe('');
    const path = /^backup: (.+)$/m.exec(backup.stdout)?.[1];
    expect(path && existsSync(path)).toBe(true);

    const later = openDataDir(folder.dir, { backups: { automatic: false } });
    await visit(later, 'After');
    later.close();

    const restored = svp('restore', basename(path!));
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain(`restored: ${path}`);
    const listed = svp('backup', '--list', '--json');
    expect(JSON.parse(listed.stdout).map((b: { reason: string }) => b.reason)).toEqual(['restore', 'manual']);

    const check = openDataDir(folder.dir, { backups: { automatic: false } });
    expect(await titles(check)).toEqual(['Before']);
    check.close();
    expect(svp('restore', 'no-such-backup.sqlite').stderr).toContain('errors:backup.not_found');
  }, 60_000);
});
