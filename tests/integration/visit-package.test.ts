// Visit packages: a visit and everything it references, out of one workspace and into another with
// new ids, places and sites matched instead of copied, one transaction, strict validation, and the CLI.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDataDir } from '../../src-main/services';
import { PACKAGE_FORMAT, type VisitPackage } from '../../src-main/exchange/visit-package';
import { seedExchangeVisit } from '../helpers/exchange';
import { must, tempApp, tempDir } from '../helpers/workspace';

let source: ReturnType<typeof tempApp>;
let target: ReturnType<typeof tempApp>;
let seed: Awaited<ReturnType<typeof seedExchangeVisit>>;
beforeEach(async () => {
  source = tempApp();
  target = tempApp();
  seed = await seedExchangeVisit(source);
});
afterEach(() => {
  source.dispose();
  target.dispose();
});

async function exportPackage() {
  const written = await must(source, 'export.visitPackage', { visitId: seed.visit.id });
  const bytes = readFileSync(written.path);
  return { written, bytes, json: JSON.parse(bytes.toString('utf8')) as VisitPackage };
}

const importInput = (bytes: Buffer | string) => ({
  fileName: 'visit.json',
  contentBase64: Buffer.from(bytes).toString('base64'),
});

/** Everything about a visit, with ids replaced by what they point to, to compare two workspaces. */
async function describeVisit(app: ReturnType<typeof tempApp>, visitId: string) {
  const detail = await must(app, 'visits.get', { id: visitId });
  const items = await must(app, 'items.list', { visitId });
  const sites = new Map((await must(app, 'sites.list', {})).map((s) => [s.id, s.name.en]));
  const delegations = new Map(detail.delegations.map((d) => [d.id, d.name.en]));
  const memberLists = await Promise.all(
    detail.delegations.map((d) => must(app, 'members.list', { delegationId: d.id })),
  );
  const members = memberLists.flat();
  const memberNames = new Map(members.map((m) => [m.id, m.nameLatin]));
  const legs = new Map(detail.legs.map((l) => [l.id, l.place.name.en]));
  const places = new Map((await must(app, 'places.list', {})).map((p) => [p.id, p.name.en]));
  return {
    visit: { title: detail.visit.title, themes: detail.visit.themes, status: detail.visit.status },
    legs: detail.legs.map((l) => ({
      place: l.place.name,
      startDate: l.startDate,
      endDate: l.endDate,
      zone: l.timeZone,
    })),
    delegations: detail.delegations.map((d) => ({
      name: d.name,
      origins: d.originPlaceIds.map((id) => places.get(id)),
      zone: d.homeTimeZone,
    })),
    members: members.map(({ id: _id, delegationId, ...m }) => ({ ...m, delegation: delegations.get(delegationId) })),
    items: items.map(({ id: _id, visitId: _v, legId, siteId, attendees, ...item }) => ({
      ...item,
      leg: legs.get(legId),
      site: siteId && sites.get(siteId),
      attendees: attendees && {
        delegations: attendees.delegationIds.map((id) => delegations.get(id)),
        members: attendees.memberIds.map((id) => memberNames.get(id)),
      },
    })),
  };
}

describe('export.visitPackage', () => {
  it('writes one versioned JSON file with everything the visit references', async () => {
    const { written, json } = await exportPackage();
    expect(written.fileName).toMatch(/^eu-china-study-visit-2023-visit-package-r\d+\.json$/);
    expect(json).toMatchObject({ format: PACKAGE_FORMAT, schemaVersion: 1, appVersion: expect.any(String) });
    expect(written.counts).toEqual({ legs: 2, delegations: 2, members: 3, items: 4, places: 2, sites: 2 });
    expect(json.places.map((p) => p.name.en).sort()).toEqual(['Beijing', 'Rome']);
    expect(json.items.find((i) => i.id === seed.items.siteVisit.id)?.attendees).toEqual({
      delegationIds: [seed.european.id],
      memberIds: [seed.members.chineseHead.id],
    });
  });
});

describe('import.visitPackage', () => {
  it('round-trips into a second workspace with new ids and the same content', async () => {
    const { bytes } = await exportPackage();
    const before = (await must(target, 'app.check', {})).counts;
    const result = await must(target, 'import.visitPackage', importInput(bytes));
    expect(result.counts).toEqual({ legs: 2, delegations: 2, members: 3, items: 4, places: 0, sites: 2 });
    // Beijing and Rome are in every workspace's gazetteer: matched, not copied.
    expect(result.matchedPlaces.map((p) => [p.name.en, p.matchedBy, p.differences])).toEqual([
      ['Beijing', 'gazetteer_key', []],
      ['Rome', 'gazetteer_key', []],
    ]);
    const after = (await must(target, 'app.check', {})).counts;
    expect(after).toEqual({
      ...before,
      visits: 1,
      legs: 2,
      delegations: 2,
      members: 3,
      items: 4,
      sites: 2,
    });

    expect(await describeVisit(target, result.visitId)).toEqual(await describeVisit(source, seed.visit.id));
    const sourceIds = new Set([
      seed.visit.id,
      seed.beijingLeg.id,
      seed.european.id,
      seed.members.head.id,
      ...Object.values(seed.items).map((i) => i.id),
      ...Object.values(seed.sites).map((s) => s.id),
    ]);
    const items = await must(target, 'items.list', { visitId: result.visitId });
    const detail = await must(target, 'visits.get', { id: result.visitId });
    for (const id of [result.visitId, ...items.map((i) => i.id), ...detail.delegations.map((d) => d.id)]) {
      expect(sourceIds.has(id)).toBe(false);
    }
    // Attendees point at the new delegation and member.
    const siteVisit = items.find((i) => i.title.en === 'Visit to Shougang Park')!;
    const european = detail.delegations.find((d) => d.name.en === 'European delegation')!;
    const [taro] = (
      await must(target, 'members.list', {
        delegationId: detail.delegations.find((d) => d.name.en === 'Chinese delegation')!.id,
      })
    ).filter((m) => m.nameZh === '𠮷田太郎');
    expect(siteVisit.attendees).toEqual({ delegationIds: [european.id], memberIds: [taro.id] });

    // The whole import is one undo step.
    expect((await must(target, 'history.state', {})).undoLabel).toBe('import.visitPackage');
    await must(target, 'history.undo', {});
    expect((await must(target, 'app.check', {})).counts).toEqual(before);
  });

  it('reuses sites that are the same and reports details that differ, changing none', async () => {
    const shougang = await must(target, 'sites.create', {
      name: { en: 'Shougang Park', zh: '首钢园' },
      category: 'park',
      latitude: 39.911,
      longitude: 116.162,
    });
    const campidoglio = await must(target, 'sites.create', {
      name: { en: 'Campidoglio', zh: '卡比托利欧山' },
      address: { en: 'Rome', zh: '罗马' },
      category: 'government',
    });
    // Same names, somewhere else: not the same site.
    await must(target, 'sites.create', {
      name: { en: 'Shougang Park', zh: '首钢园' },
      latitude: 40.5,
      longitude: 116.9,
    });
    const { bytes } = await exportPackage();
    const result = await must(target, 'import.visitPackage', importInput(bytes));
    expect(result.counts.sites).toBe(0);
    expect(
      result.matchedSites
        .map((s) => ({ id: s.id, by: s.matchedBy, differences: s.differences }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    ).toEqual(
      [
        { id: shougang.id, by: 'name_and_coordinates', differences: ['address', 'category', 'placeId'] },
        { id: campidoglio.id, by: 'name', differences: ['address', 'placeId'] },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    const items = await must(target, 'items.list', { visitId: result.visitId });
    expect(items.find((i) => i.title.en === 'Visit to Shougang Park')?.siteId).toBe(shougang.id);
    // The workspace's sites were not touched.
    expect(await must(target, 'sites.usage', { id: shougang.id })).toHaveLength(1);
    expect((await must(target, 'sites.list', { query: 'Shougang' })).find((s) => s.id === shougang.id)).toEqual(
      shougang,
    );

    // A second import of the same package makes a second visit and reuses the same sites again.
    const again = await must(target, 'import.visitPackage', importInput(bytes));
    expect(again.visitId).not.toBe(result.visitId);
    expect(again.counts.sites).toBe(0);
  });

  it('refuses damaged, foreign or newer packages and writes nothing', async () => {
    const { json } = await exportPackage();
    const before = (await must(target, 'app.check', {})).counts;
    const attempt = async (content: unknown) => {
      const text = typeof content === 'string' ? content : JSON.stringify(content);
      const result = await target.call('import.visitPackage', importInput(text));
      return result.ok ? 'ok' : result.error.messageKey;
    };
    expect(await attempt('not json')).toBe('errors:package.not_a_package');
    expect(await attempt({ hello: 'world' })).toBe('errors:package.not_a_package');
    expect(await attempt({ ...json, schemaVersion: 2 })).toBe('errors:package.newer_version');
    expect(await attempt({ ...json, extra: true })).toBe('errors:package.invalid');
    expect(await attempt({ ...json, legs: [{ ...json.legs[0], timeZone: 'Mars/Base' }] })).toBe(
      'errors:package.invalid',
    );
    expect(await attempt({ ...json, legs: [{ ...json.legs[0], endDate: '2000-01-01' }] })).toBe(
      'errors:package.invalid',
    );
    expect(await attempt({ ...json, members: [{ ...json.members[0], name: 'x'.repeat(301) }] })).toBe(
      'errors:package.invalid',
    );
    expect(await attempt({ ...json, members: [{ ...json.members[0], nameLatin: 'x'.repeat(301) }] })).toBe(
      'errors:package.invalid',
    );
    expect(await attempt({ ...json, members: [...json.members, json.members[0]] })).toBe('errors:package.duplicate_id');
    expect(await attempt({ ...json, legs: json.legs.slice(1) })).toBe('errors:package.broken_reference');
    expect(await attempt({ ...json, places: [] })).toBe('errors:package.broken_reference');
    const invalidBytes = await target.call('import.visitPackage', {
      fileName: 'x.json',
      contentBase64: Buffer.from([0xff, 0xfe, 0x00]).toString('base64'),
    });
    expect(invalidBytes.ok || invalidBytes.error.messageKey).toBe('errors:package.not_a_package');
    expect((await must(target, 'app.check', {})).counts).toEqual(before);
  });
});

describe('svp export-visit / import-visit', () => {
  const SVP = resolve(__dirname, '../../bin/svp.mjs');
  const svp = (...args: string[]) =>
    spawnSync(process.execPath, [SVP, ...args], { encoding: 'utf8', env: { ...process.env, SVP_DATA_DIR: '' } });

  it('moves a visit from one data folder to another', async () => {
    const from = tempDir('svp-package-from-');
    const to = tempDir('svp-package-to-');
    try {
      const app = openDataDir(from.dir, { backups: { automatic: false } });
      const { visit } = await seedExchangeVisit(app);
      app.close();
      const file = join(from.dir, 'visit.json');
      const exported = svp('export-visit', '--visit', visit.id, '--out', file, '--data-dir', from.dir);
      expect(exported.stderr.replace(/npm warn.*\n/g, '')).toBe('');
      expect(exported.stdout).toContain('2 legs, 2 delegations, 3 members, 4 items, 2 sites, 2 places');
      const imported = svp('import-visit', file, '--json', '--data-dir', to.dir);
      expect(imported.status).toBe(0);
      const result = JSON.parse(imported.stdout);
      expect(result.counts).toEqual({ legs: 2, delegations: 2, members: 3, items: 4, places: 0, sites: 2 });
      expect(result.visitId).not.toBe(visit.id);
      writeFileSync(join(to.dir, 'broken.json'), '{');
      const broken = svp('import-visit', join(to.dir, 'broken.json'), '--data-dir', to.dir);
      expect(broken.status).toBe(1);
      expect(broken.stderr).toContain('errors:package.not_a_package');
    } finally {
      from.cleanup();
      to.cleanup();
    }
  }, 60_000);
});
