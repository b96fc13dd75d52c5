import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDataDir, type App } from '../../src-main/services';
import { GAZETTEER } from '../../src-main/gazetteer/gazetteer';
import { findConflicts } from '../../src-main/shared/domain/conflicts';
import { must, tempDir } from '../helpers/workspace';

let dir: string;
let cleanup: () => void;
let app: App;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  app = openDataDir(dir);
});
afterEach(() => {
  app.close();
  cleanup();
});

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('workspaces', () => {
  it('starts in the default workspace, which already holds the whole gazetteer', async () => {
    const state = await must(app, 'workspaces.list', {});
    expect(state.current).toMatchObject({ name: 'My study visits', isDemo: false });
    expect(state.current.path).toBe(join(dir, 'My study visits.sqlite'));
    const places = await must(app, 'places.list', {});
    expect(places).toHaveLength(GAZETTEER.length);
    const zhengzhou = places.find((p) => p.gazetteerKey === 'zhengzhou');
    expect(zhengzhou).toMatchObject({
      name: { en: 'Zhengzhou', zh: '郑州' },
      side: 'china',
      pilot: true,
      zhReviewed: true,
    });
    const brussels = places.find((p) => p.gazetteerKey === 'brussels');
    expect(brussels).toMatchObject({ timeZone: 'Europe/Brussels', pilot: false, zhReviewed: false });
  });

  it('searches places in either language', async () => {
    expect((await must(app, 'places.list', { query: '郑州' })).map((p) => p.name.en)).toEqual(['Zhengzhou']);
    expect((await must(app, 'places.list', { query: 'lazio' })).map((p) => p.name.zh)).toEqual(['拉齐奥大区']);
  });

  it('creates, switches, renames and reopens workspaces, keeping each one’s data apart', async () => {
    await must(app, 'visits.create', { title: { en: 'Mine', zh: '我的' } });
    const created = await must(app, 'workspaces.create', { name: 'Lazio 2024' });
    expect(created.current.name).toBe('Lazio 2024');
    expect(await must(app, 'visits.list', {})).toEqual([]);
    const renamed = await must(app, 'workspaces.rename', { name: 'Lazio 2025' });
    expect(renamed.current.path).toBe(join(dir, 'Lazio 2025.sqlite'));
    expect(existsSync(join(dir, 'Lazio 2024.sqlite'))).toBe(false);
    expect(renamed.recent.map((w) => w.name)).toEqual(['Lazio 2025', 'My study visits']);

    const back = await must(app, 'workspaces.open', { path: join(dir, 'My study visits.sqlite') });
    expect(back.current.name).toBe('My study visits');
    expect((await must(app, 'visits.list', {})).map((v) => v.title.en)).toEqual(['Mine']);

    // A host started later opens the workspace used last.
    app.close();
    app = openDataDir(dir);
    expect((await must(app, 'workspaces.list', {})).current.name).toBe('My study visits');
  });

  it('refuses bad names, existing names and unknown files, changing nothing', async () => {
    for (const name of ['../escape', 'a/b', '.hidden', 'x'.repeat(81), 'CON']) {
      const result = await app.call('workspaces.create', { name });
      expect(result.ok || result.error.code).toBe('validation');
    }
    await must(app, 'workspaces.create', { name: 'Second' });
    const duplicate = await app.call('workspaces.create', { name: 'My study visits' });
    expect(duplicate.ok || duplicate.error.messageKey).toBe('errors:workspace_exists');
    const unknown = await app.call('workspaces.open', { path: '/etc/passwd' });
    expect(unknown.ok || unknown.error.messageKey).toBe('errors:workspace_unknown');
    expect((await must(app, 'workspaces.list', {})).current.name).toBe('Second');
  });
});

describe('the example workspace', () => {
  it('loads into its own workspace and never touches the user’s data', async () => {
    await must(app, 'visits.create', { title: { en: 'My real visit', zh: '真实访问' } });
    const userFile = join(dir, 'My study visits.sqlite');
    const state = await must(app, 'demo.load', {});
    const fingerprint = sha(userFile);
    expect(state.current).toMatchObject({ name: 'Example study visits', isDemo: true });
    const visits = await must(app, 'visits.list', {});
    expect(visits.map((v) => [v.title.en, v.startDate, v.endDate, v.legCount])).toEqual([
      [
        'Chinese delegation study visit to Lazio Region and the Region of Western Greece',
        '2023-07-17',
        '2023-07-21',
        2,
      ],
      ['European delegation study visit to Beijing, Zhengzhou and Hangzhou', '2023-07-02', '2023-07-07', 3],
    ]);
    // Loading it again replaces the example, not the user's file.
    await must(app, 'demo.load', {});
    expect(await must(app, 'visits.list', {})).toHaveLength(2);
    expect(sha(userFile)).toBe(fingerprint);
    await must(app, 'workspaces.open', { path: userFile });
    expect((await must(app, 'visits.list', {})).map((v) => v.title.en)).toEqual(['My real visit']);
  });

  it('follows the July 2023 itinerary with no conflicts', async () => {
    await must(app, 'demo.load', {});
    const [lazio, europe] = await must(app, 'visits.list', {});
    const sites = await must(app, 'sites.list', {});
    const places = await must(app, 'places.list', {});
    for (const visit of [europe, lazio]) {
      const detail = await must(app, 'visits.get', { id: visit.id });
      const items = await must(app, 'items.list', { visitId: visit.id });
      const members = (
        await Promise.all(detail.delegations.map((d) => must(app, 'members.list', { delegationId: d.id })))
      ).flat();
      const conflicts = findConflicts({
        items,
        legs: detail.legs,
        delegations: detail.delegations,
        members,
        sites,
        places,
      });
      expect(conflicts.map((c) => `${c.rule} ${c.itemIds.join(',')}`)).toEqual([]);
      expect(items.every((i) => i.title.en && i.title.zh && i.notes.en.startsWith('Illustrative'))).toBe(true);
    }
    expect(europe.hostPlaces.map((p) => p.zh)).toEqual(['北京', '郑州', '杭州']);
    const trains = (await must(app, 'items.list', { visitId: europe.id })).filter((i) => i.kind === 'high_speed_train');
    expect(trains.map((t) => t.date)).toEqual(['2023-07-04', '2023-07-06']);
    const siteNames = sites.map((s) => s.name.en);
    for (const name of [
      'Shougang Park',
      'Henan Museum',
      'National Tea Museum',
      'Xiling Seal Art Society',
      'West Lake',
    ]) {
      expect(siteNames.some((n) => n.includes(name))).toBe(true);
    }
  });
});
