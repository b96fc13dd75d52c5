// A full disk and a read-only workspace give a clear, translated message and lose nothing.
// SQLite's own limits stand in for the operating system's: max_page_count makes the file "full"
// exactly as a full disk does (SQLITE_FULL), query_only refuses writes as a read-only file does
// (SQLITE_READONLY) — tests run as root here, and root ignores file permissions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { must, tempApp } from '../helpers/workspace';

let app: ReturnType<typeof tempApp>;
beforeEach(() => {
  app = tempApp();
});
afterEach(() => app.dispose());

const longText = 'x'.repeat(3900);

describe('storage faults', () => {
  it('a full disk: the edit is refused with errors:storage.disk_full and the workspace is unchanged', async () => {
    const visit = await must(app, 'visits.create', { title: { en: 'Visit', zh: '访问' } });
    const before = await must(app, 'visits.list', {});
    const pages = app.store.db.pragma('page_count', { simple: true }) as number;
    app.store.db.pragma(`max_page_count = ${pages}`);
    let result;
    for (let i = 0; i < 50; i++) {
      result = await app.call('visits.create', {
        title: { en: `Visit ${i}`, zh: '访问' },
        notes: { en: longText, zh: longText },
      });
      if (!result.ok) break;
    }
    expect(result).toEqual({
      ok: false,
      error: { code: 'storage', messageKey: 'errors:storage.disk_full', details: {} },
    });
    app.store.db.pragma(`max_page_count = 1073741823`);
    const after = await must(app, 'visits.list', {});
    expect(after.length).toBeGreaterThanOrEqual(before.length);
    expect(after.find((v) => v.id === visit.id)?.title).toEqual({ en: 'Visit', zh: '访问' });
    expect((await must(app, 'app.check', {})).integrity).toBe('ok');
  });

  it('a read-only workspace: the edit is refused with errors:storage.read_only and nothing is written', async () => {
    const visit = await must(app, 'visits.create', { title: { en: 'Visit', zh: '访问' } });
    app.store.db.pragma('query_only = ON');
    const result = await app.call('visits.update', { id: visit.id, patch: { status: 'confirmed' } });
    expect(result).toEqual({
      ok: false,
      error: { code: 'storage', messageKey: 'errors:storage.read_only', details: {} },
    });
    app.store.db.pragma('query_only = OFF');
    expect((await must(app, 'visits.get', { id: visit.id })).visit.status).toBe('draft');
  });
});
