// Rearranging a visit, undo/redo, search and live conflicts, on a real workspace file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { must, tempApp } from '../helpers/workspace';

let app: ReturnType<typeof tempApp>;
beforeEach(() => {
  app = tempApp();
});
afterEach(() => app.dispose());

async function visitWithTwoLegs() {
  const visit = await must(app, 'visits.create', { title: { en: 'EU delegation to China', zh: '欧洲代表团访华' } });
  const places = await must(app, 'places.list', {});
  const placeId = (key: string) => places.find((p) => p.gazetteerKey === key)!.id;
  const beijing = await must(app, 'legs.create', {
    visitId: visit.id,
    placeId: placeId('beijing'),
    startDate: '2023-07-02',
    endDate: '2023-07-03',
  });
  const zhengzhou = await must(app, 'legs.create', {
    visitId: visit.id,
    placeId: placeId('zhengzhou'),
    startDate: '2023-07-04',
    endDate: '2023-07-05',
  });
  const eu = await must(app, 'delegations.create', {
    visitId: visit.id,
    name: { en: 'European delegation', zh: '欧洲代表团' },
    originPlaceIds: [placeId('lazio')],
    homeTimeZone: 'Europe/Rome',
  });
  const museum = await must(app, 'sites.create', {
    name: { en: 'Henan Museum', zh: '河南博物院' },
    category: 'museum',
  });
  const item = (date: string, startTime: string, endTime: string, title: string, zh: string, extra = {}) =>
    must(app, 'items.create', {
      legId: date < '2023-07-04' ? beijing.id : zhengzhou.id,
      date,
      startTime,
      endTime,
      kind: 'site_visit',
      title: { en: title, zh },
      ...extra,
    });
  return { visit, beijing, zhengzhou, eu, museum, item };
}

describe('rearranging an itinerary', () => {
  it('moves an item to another day, keeping its length and changing its leg', async () => {
    const { beijing, zhengzhou, item } = await visitWithTwoLegs();
    const visit = await item('2023-07-02', '09:30', '11:00', 'Shougang Park', '首钢园');
    expect(visit.legId).toBe(beijing.id);
    const moved = await must(app, 'items.move', { id: visit.id, date: '2023-07-04', startTime: '14:00' });
    expect(moved).toMatchObject({ date: '2023-07-04', startTime: '14:00', endTime: '15:30', legId: zhengzhou.id });
    const late = await must(app, 'items.move', { id: visit.id, date: '2023-07-04', startTime: '23:00' });
    expect(late).toMatchObject({ startTime: '23:00', endTime: '00:30', endsNextDay: true });
  });

  it('duplicates an item and a whole day', async () => {
    const { visit, item } = await visitWithTwoLegs();
    const a = await item('2023-07-02', '09:00', '10:00', 'Briefing', '简会');
    await item('2023-07-02', '10:30', '12:00', 'Site visit', '实地考察');
    const copy = await must(app, 'items.duplicate', { id: a.id });
    expect(copy.id).not.toBe(a.id);
    expect({ ...copy, id: a.id }).toEqual(a);
    const day = await must(app, 'items.duplicateDay', {
      visitId: visit.id,
      fromDate: '2023-07-02',
      toDate: '2023-07-05',
    });
    expect(day.map((i) => [i.date, i.startTime, i.title.en])).toEqual([
      ['2023-07-05', '09:00', 'Briefing'],
      ['2023-07-05', '09:00', 'Briefing'],
      ['2023-07-05', '10:30', 'Site visit'],
    ]);
    expect((await must(app, 'items.list', { visitId: visit.id })).length).toBe(6);
  });

  it('shifts a whole visit by 7 days: every leg and item moves, nothing is lost', async () => {
    const { visit, item } = await visitWithTwoLegs();
    await item('2023-07-02', '09:00', '10:00', 'A', '甲');
    await item('2023-07-05', '15:00', '16:00', 'B', '乙');
    const before = await must(app, 'items.list', { visitId: visit.id });
    const shifted = await must(app, 'visits.shift', { id: visit.id, days: 7 });
    expect(shifted.legs.map((l) => [l.startDate, l.endDate])).toEqual([
      ['2023-07-09', '2023-07-10'],
      ['2023-07-11', '2023-07-12'],
    ]);
    const after = await must(app, 'items.list', { visitId: visit.id });
    expect(after.map((i) => [i.id, i.date, i.startTime])).toEqual(
      before.map((i) => [i.id, i.date === '2023-07-02' ? '2023-07-09' : '2023-07-12', i.startTime]),
    );
  });

  it('shifts one leg and only its items', async () => {
    const { visit, zhengzhou, item } = await visitWithTwoLegs();
    await item('2023-07-02', '09:00', '10:00', 'A', '甲');
    await item('2023-07-04', '09:00', '10:00', 'B', '乙');
    await must(app, 'legs.shift', { id: zhengzhou.id, days: 1 });
    const dates = (await must(app, 'items.list', { visitId: visit.id })).map((i) => i.date);
    expect(dates).toEqual(['2023-07-02', '2023-07-05']);
  });

  it('reorders members by precedence and refuses a list that is not the delegation', async () => {
    const { eu } = await visitWithTwoLegs();
    const [a, b, c] = [
      await must(app, 'members.create', { delegationId: eu.id, nameLatin: 'A' }),
      await must(app, 'members.create', { delegationId: eu.id, nameLatin: 'B' }),
      await must(app, 'members.create', { delegationId: eu.id, nameLatin: 'C' }),
    ];
    const reordered = await must(app, 'members.reorder', { delegationId: eu.id, memberIds: [c.id, a.id, b.id] });
    expect(reordered.map((m) => [m.nameLatin, m.precedence])).toEqual([
      ['C', 0],
      ['A', 1],
      ['B', 2],
    ]);
    const bad = await app.call('members.reorder', { delegationId: eu.id, memberIds: [a.id, b.id] });
    expect(bad.ok || bad.error.messageKey).toBe('errors:reorder_mismatch');
  });

  it('reorders delegations, and refuses a list with one missing or twice', async () => {
    const { visit, eu } = await visitWithTwoLegs();
    const host = await must(app, 'delegations.create', {
      visitId: visit.id,
      name: { en: 'Beijing Municipal Government', zh: '北京市人民政府' },
      originPlaceIds: [],
      homeTimeZone: 'Asia/Shanghai',
    });
    const reordered = await must(app, 'delegations.reorder', { visitId: visit.id, delegationIds: [host.id, eu.id] });
    expect(reordered.map((d) => d.id)).toEqual([host.id, eu.id]);
    expect((await must(app, 'visits.get', { id: visit.id })).delegations.map((d) => d.id)).toEqual([host.id, eu.id]);
    for (const delegationIds of [[eu.id], [eu.id, eu.id]]) {
      const bad = await app.call('delegations.reorder', { visitId: visit.id, delegationIds });
      expect(bad.ok || bad.error.messageKey).toBe('errors:reorder_mismatch');
    }
    expect((await must(app, 'delegations.list', { visitId: visit.id })).map((d) => d.id)).toEqual([host.id, eu.id]);
  });
});

describe('undo and redo', () => {
  it('undoes and redoes every kind of edit, cascades included', async () => {
    const { visit, item } = await visitWithTwoLegs();
    const a = await item('2023-07-02', '09:00', '10:00', 'A', '甲');
    await must(app, 'items.update', { id: a.id, patch: { title: { en: 'A2', zh: '甲2' } } });
    expect((await must(app, 'history.state', {})).undoLabel).toBe('items.update');

    await must(app, 'history.undo', {});
    expect((await must(app, 'items.list', { visitId: visit.id }))[0].title.en).toBe('A');
    await must(app, 'history.redo', {});
    expect((await must(app, 'items.list', { visitId: visit.id }))[0].title.en).toBe('A2');

    const snapshot = await must(app, 'app.check', {});
    await must(app, 'visits.delete', { id: visit.id });
    expect((await must(app, 'app.check', {})).counts).toMatchObject({ visits: 0, legs: 0, items: 0, delegations: 0 });
    await must(app, 'history.undo', {});
    expect((await must(app, 'app.check', {})).counts).toEqual(snapshot.counts);
    const restored = await must(app, 'items.list', { visitId: visit.id });
    expect(restored.map((i) => i.title.en)).toEqual(['A2']);
    expect((await must(app, 'app.check', {})).integrity).toBe('ok');
    expect(app.store.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('undoes a visit shift in one step, and a new edit clears redo', async () => {
    const { visit, item } = await visitWithTwoLegs();
    await item('2023-07-02', '09:00', '10:00', 'A', '甲');
    await must(app, 'visits.shift', { id: visit.id, days: 7 });
    await must(app, 'history.undo', {});
    expect((await must(app, 'items.list', { visitId: visit.id }))[0].date).toBe('2023-07-02');
    expect((await must(app, 'visits.get', { id: visit.id })).legs[0].startDate).toBe('2023-07-02');
    expect((await must(app, 'history.state', {})).canRedo).toBe(true);
    await must(app, 'visits.update', { id: visit.id, patch: { status: 'confirmed' } });
    expect((await must(app, 'history.state', {})).canRedo).toBe(false);
  });

  it('never winds the printed revision back', async () => {
    const { visit } = await visitWithTwoLegs();
    const before = (await must(app, 'visits.get', { id: visit.id })).visit.revision;
    await must(app, 'visits.update', { id: visit.id, patch: { status: 'confirmed' } });
    await must(app, 'history.undo', {});
    const after = (await must(app, 'visits.get', { id: visit.id })).visit;
    expect(after.status).toBe('draft');
    expect(after.revision).toBeGreaterThan(before + 1);
  });

  it('says when there is nothing to undo', async () => {
    const result = await app.call('history.undo', {});
    expect(result.ok || result.error.messageKey).toBe('errors:nothing_to_undo');
  });
});

describe('search', () => {
  it('finds Chinese substrings of any length and Latin text regardless of case and accents', async () => {
    const { eu, museum, item } = await visitWithTwoLegs();
    await item('2023-07-04', '09:00', '10:00', 'Visit to the Henan Museum', '参观河南博物院', { siteId: museum.id });
    await must(app, 'members.create', { delegationId: eu.id, nameLatin: 'Soledad Martín Hernández', nameZh: '索莱达' });
    const find = async (query: string) =>
      (await must(app, 'search.query', { query })).map((h) => `${h.entity}:${h.label.en}`).sort();
    expect(await find('博')).toEqual(['item:Visit to the Henan Museum', 'site:Henan Museum']);
    expect(await find('博物')).toEqual(['item:Visit to the Henan Museum', 'site:Henan Museum']);
    expect(await find('河南博物院')).toEqual(['item:Visit to the Henan Museum', 'site:Henan Museum']);
    expect(await find('martin hernandez')).toEqual(['member:Soledad Martín Hernández']);
    expect(await find('MARTÍN')).toEqual(['member:Soledad Martín Hernández']);
    expect(await find('欧洲代表')).toEqual(['delegation:European delegation', 'visit:EU delegation to China']);
    expect(await find('"quoted')).toEqual([]);
  });

  it('keeps the index right through edits, deletes and undo', async () => {
    const { visit, item } = await visitWithTwoLegs();
    const found = async (query: string) => (await must(app, 'search.query', { query })).map((h) => h.label.en);
    const a = await item('2023-07-02', '09:00', '10:00', 'Shougang Park', '首钢园');
    await must(app, 'items.update', { id: a.id, patch: { title: { en: 'Wanbang logistics city', zh: '万邦物流城' } } });
    expect(await found('首钢园')).toEqual([]);
    expect(await found('万邦物流')).toEqual(['Wanbang logistics city']);
    await must(app, 'visits.delete', { id: visit.id });
    expect(await found('万邦物流')).toEqual([]);
    await must(app, 'history.undo', {});
    expect(await found('万邦物流')).toEqual(['Wanbang logistics city']);
  });
});

describe('conflicts', () => {
  /** The European delegation meets Chinese hosts: with an interpreter, that rule stays quiet. */
  async function staffedVisit() {
    const visit = await visitWithTwoLegs();
    await must(app, 'members.create', { delegationId: visit.eu.id, nameLatin: 'Interpreter', role: 'interpreter' });
    return visit;
  }

  it('reports an overlap live and clears it when the item moves', async () => {
    const { visit, item } = await staffedVisit();
    const a = await item('2023-07-02', '09:00', '10:30', 'A', '甲');
    const b = await item('2023-07-02', '10:00', '11:00', 'B', '乙');
    const conflicts = await must(app, 'conflicts.forVisit', { visitId: visit.id });
    expect(conflicts.map((c) => [c.rule, c.itemIds])).toEqual([['attendee_overlap', [a.id, b.id]]]);
    await must(app, 'items.move', { id: b.id, date: '2023-07-02', startTime: '10:30' });
    expect(await must(app, 'conflicts.forVisit', { visitId: visit.id })).toEqual([]);
  });

  it('warns when foreign delegates meet their hosts without an interpreter', async () => {
    const { visit, item } = await visitWithTwoLegs();
    const meeting = await item('2023-07-02', '09:00', '10:00', 'Meeting', '会见');
    const conflicts = await must(app, 'conflicts.forVisit', { visitId: visit.id });
    expect(conflicts.map((c) => [c.rule, c.severity, c.itemIds])).toEqual([
      ['no_interpreter', 'warning', [meeting.id]],
    ]);
  });

  it('reports a site booked by two visits at the same time', async () => {
    const first = await staffedVisit();
    const second = await staffedVisit();
    await first.item('2023-07-04', '09:00', '10:00', 'A', '甲', { siteId: first.museum.id });
    const other = await second.item('2023-07-04', '09:30', '10:30', 'B', '乙', { siteId: first.museum.id });
    const conflicts = await must(app, 'conflicts.forVisit', { visitId: first.visit.id });
    expect(conflicts.map((c) => [c.rule, c.details.otherItemId])).toEqual([['site_double_booked', other.id]]);
  });

  it('uses the configured minimum buffer between sites without coordinates', async () => {
    const { visit, museum, item } = await staffedVisit();
    const hall = await must(app, 'sites.create', { name: { en: 'City hall', zh: '市政府' }, category: 'government' });
    await item('2023-07-04', '09:00', '10:00', 'A', '甲', { siteId: museum.id });
    await item('2023-07-04', '10:20', '11:00', 'B', '乙', { siteId: hall.id });
    expect(await must(app, 'conflicts.forVisit', { visitId: visit.id })).toEqual([]);
    await must(app, 'settings.setBuffer', { minutes: 30 });
    const [gap] = await must(app, 'conflicts.forVisit', { visitId: visit.id });
    expect(gap).toMatchObject({ rule: 'travel_gap', details: { needed: 30, available: 20, basis: 'buffer' } });
  });

  it('lists where a site is used, across visits', async () => {
    const { museum, item } = await staffedVisit();
    await item('2023-07-04', '09:00', '10:00', 'Museum visit', '参观博物院', { siteId: museum.id });
    const uses = await must(app, 'sites.usage', { id: museum.id });
    expect(uses.map((u) => [u.visitTitle.en, u.date, u.title.zh])).toEqual([
      ['EU delegation to China', '2023-07-04', '参观博物院'],
    ]);
  });
});
