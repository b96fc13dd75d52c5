import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../src-main/shared/contract/channels';
import { CHANNEL_NAMES } from '../../src-main/shared/contract/channel-names';
import { GAZETTEER } from '../../src-main/gazetteer/gazetteer';
import { must, tempApp } from '../helpers/workspace';

let app: ReturnType<typeof tempApp>;
beforeEach(() => {
  app = tempApp();
});
afterEach(() => app.dispose());

const counts = async () => {
  const check = await must(app, 'app.check', {});
  return check.counts;
};

async function seedVisit() {
  const visit = await must(app, 'visits.create', {
    title: { en: 'European delegation to China', zh: '欧洲代表团访华' },
    themes: [{ en: 'Urban Renewal', zh: '城市更新' }],
  });
  const beijing = await must(app, 'places.create', {
    name: { en: 'Beijing', zh: '北京' },
    side: 'china',
    country: 'CN',
    timeZone: 'Asia/Shanghai',
  });
  const rome = await must(app, 'places.create', {
    name: { en: 'Rome', zh: '罗马' },
    side: 'eu',
    country: 'IT',
    timeZone: 'Europe/Rome',
  });
  const leg = await must(app, 'legs.create', {
    visitId: visit.id,
    placeId: beijing.id,
    startDate: '2023-07-02',
    endDate: '2023-07-03',
  });
  const delegation = await must(app, 'delegations.create', {
    visitId: visit.id,
    name: { en: 'European delegation', zh: '欧洲代表团' },
    originPlaceIds: [rome.id],
    homeTimeZone: 'Europe/Brussels',
  });
  return { visit, beijing, rome, leg, delegation };
}

describe('the contract', () => {
  it('has exactly one schema per channel name', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('answers an unknown channel with a translated error, not an exception', async () => {
    const result = await app.call('visits.drop', {});
    expect(result).toEqual({ ok: false, error: { code: 'unknown_channel', messageKey: 'errors:unknown_channel' } });
  });

  it.each(CHANNEL_NAMES)('%s refuses a payload that is not an object, and writes nothing', async (channel) => {
    const before = await counts();
    for (const bad of ['text', 42, [1, 2], { unexpected: true }]) {
      const result = await app.call(channel, bad);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('validation');
        expect(result.error.messageKey).toBe('errors:validation');
        expect(JSON.stringify(result.error)).not.toMatch(/at .*\.ts:\d+/); // no stack trace
      }
    }
    expect(await counts()).toEqual(before);
  });
});

describe('services', () => {
  it('creates a visit with legs and delegations and lists it with its dates and host places', async () => {
    const { visit } = await seedVisit();
    const [summary] = await must(app, 'visits.list', {});
    expect(summary).toMatchObject({
      id: visit.id,
      title: { en: 'European delegation to China', zh: '欧洲代表团访华' },
      status: 'draft',
      startDate: '2023-07-02',
      endDate: '2023-07-03',
      legCount: 1,
      delegationCount: 1,
      hostPlaces: [{ en: 'Beijing', zh: '北京' }],
    });
    const detail = await must(app, 'visits.get', { id: visit.id });
    expect(detail.legs[0].timeZone).toBe('Asia/Shanghai'); // defaulted from the place
    expect(detail.delegations[0].originPlaceIds).toHaveLength(1);
  });

  it('updates only the fields in a patch', async () => {
    const visit = await must(app, 'visits.create', {
      title: { en: 'Visit', zh: '访问' },
      purpose: { en: 'Exchange on urban renewal', zh: '城市更新交流' },
    });
    const updated = await must(app, 'visits.update', { id: visit.id, patch: { status: 'confirmed' } });
    expect(updated.status).toBe('confirmed');
    expect(updated.purpose).toEqual({ en: 'Exchange on urban renewal', zh: '城市更新交流' });
    expect(updated.title).toEqual({ en: 'Visit', zh: '访问' });
    expect(updated.revision).toBeGreaterThan(visit.revision);
  });

  it('refuses a title empty in both languages with a field-level, translatable error', async () => {
    const result = await app.call('visits.create', { title: { en: '  ', zh: '' } });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        messageKey: 'errors:validation',
        details: { issues: [{ path: 'title', messageKey: 'errors:field.required_one_language', params: {} }] },
      },
    });
    expect((await counts()).visits).toBe(0);
  });

  it('refuses impossible dates and a leg ending before it starts, writing nothing', async () => {
    const { visit, beijing } = await seedVisit();
    const before = await counts();
    const badDate = await app.call('legs.create', {
      visitId: visit.id,
      placeId: beijing.id,
      startDate: '2023-02-30',
      endDate: '2023-03-01',
    });
    expect(badDate.ok || badDate.error.details?.issues?.[0]).toMatchObject({
      path: 'startDate',
      messageKey: 'errors:field.date',
    });
    const reversed = await app.call('legs.create', {
      visitId: visit.id,
      placeId: beijing.id,
      startDate: '2023-07-05',
      endDate: '2023-07-04',
    });
    expect(reversed.ok || reversed.error.details?.issues?.[0]?.messageKey).toBe('errors:field.end_before_start');
    expect(await counts()).toEqual(before);
  });

  it('reports a missing referenced row as not_found and writes nothing', async () => {
    const { visit } = await seedVisit();
    const before = await counts();
    const result = await app.call('legs.create', {
      visitId: visit.id,
      placeId: 'no-such-place',
      startDate: '2023-07-04',
      endDate: '2023-07-05',
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'not_found', messageKey: 'errors:not_found', details: { entity: 'place', id: 'no-such-place' } },
    });
    expect(await counts()).toEqual(before);
  });

  it('keeps members in precedence order and appends new ones last', async () => {
    const { delegation } = await seedVisit();
    await must(app, 'members.create', { delegationId: delegation.id, nameLatin: 'Second', precedence: 5 });
    await must(app, 'members.create', { delegationId: delegation.id, nameLatin: 'First', role: 'head', precedence: 1 });
    const last = await must(app, 'members.create', {
      delegationId: delegation.id,
      nameZh: '𠮷田',
      role: 'interpreter',
    });
    expect(last.precedence).toBe(6);
    const members = await must(app, 'members.list', { delegationId: delegation.id });
    expect(members.map((m) => m.nameLatin || m.nameZh)).toEqual(['First', 'Second', '𠮷田']);
  });

  it('stores itinerary items with attendees and rejects attendees from another visit', async () => {
    const { visit, leg, delegation } = await seedVisit();
    const head = await must(app, 'members.create', { delegationId: delegation.id, nameLatin: 'Head', role: 'head' });
    const site = await must(app, 'sites.create', {
      name: { en: 'Shougang Park', zh: '首钢园' },
      category: 'industrial_park',
      latitude: 39.911,
      longitude: 116.162,
    });
    const item = await must(app, 'items.create', {
      legId: leg.id,
      date: '2023-07-02',
      startTime: '09:30',
      endTime: '11:00',
      kind: 'site_visit',
      title: { en: 'Visit to Shougang Park', zh: '实地考察首钢园' },
      siteId: site.id,
      attendees: { delegationIds: [], memberIds: [head.id] },
    });
    expect(item.visitId).toBe(visit.id);
    const [stored] = await must(app, 'items.list', { visitId: visit.id });
    expect(stored).toEqual(item);

    const other = await must(app, 'visits.create', { title: { en: 'Other', zh: '其他' } });
    const otherDelegation = await must(app, 'delegations.create', {
      visitId: other.id,
      name: { en: 'Other', zh: '其他' },
      homeTimeZone: 'Asia/Shanghai',
    });
    const before = await counts();
    const bad = await app.call('items.update', {
      id: item.id,
      patch: { attendees: { delegationIds: [otherDelegation.id], memberIds: [] } },
    });
    expect(bad.ok).toBe(false);
    expect(await counts()).toEqual(before);
    expect((await must(app, 'items.list', { visitId: visit.id }))[0].attendees).toEqual({
      delegationIds: [],
      memberIds: [head.id],
    });
  });

  it('deleting a visit removes its legs, delegations, members and items but keeps shared places and sites', async () => {
    const { visit, leg, delegation } = await seedVisit();
    await must(app, 'members.create', { delegationId: delegation.id, nameLatin: 'A' });
    await must(app, 'sites.create', { name: { en: 'Henan Museum', zh: '河南博物院' } });
    await must(app, 'items.create', {
      legId: leg.id,
      date: '2023-07-02',
      startTime: '12:00',
      endTime: '13:00',
      kind: 'lunch',
      title: { en: 'Lunch', zh: '午餐' },
    });
    await must(app, 'visits.delete', { id: visit.id });
    expect(await counts()).toEqual({
      visits: 0,
      legs: 0,
      delegations: 0,
      members: 0,
      places: GAZETTEER.length + 2,
      sites: 1,
      items: 0,
    });
  });

  it('refuses to delete a place a leg uses', async () => {
    const { beijing } = await seedVisit();
    const result = await app.call('places.delete', { id: beijing.id });
    expect(result.ok || result.error.messageKey).toBe('errors:place_in_use');
    expect((await counts()).places).toBe(GAZETTEER.length + 2);
  });

  it('edits a place, deletes one nobody uses, and keeps the gazetteer’s own', async () => {
    const rome = (await must(app, 'places.list', {})).find((p) => p.gazetteerKey === 'rome')!;
    const renamed = await must(app, 'places.update', { id: rome.id, patch: { name: { en: 'Roma', zh: '罗马市' } } });
    expect(renamed).toMatchObject({
      name: { en: 'Roma', zh: '罗马市' },
      gazetteerKey: 'rome',
      timeZone: 'Europe/Rome',
    });
    const refused = await app.call('places.delete', { id: rome.id });
    expect(refused.ok || refused.error.messageKey).toBe('errors:place_from_gazetteer');
    const mine = await must(app, 'places.create', {
      name: { en: 'Tivoli', zh: '蒂沃利' },
      side: 'eu',
      country: 'IT',
      timeZone: 'Europe/Rome',
    });
    await must(app, 'places.delete', { id: mine.id });
    expect((await must(app, 'places.list', {})).map((p) => p.id)).not.toContain(mine.id);
    expect((await must(app, 'places.list', {})).find((p) => p.id === rome.id)?.name.zh).toBe('罗马市');
  });

  it('remembers the interface language', async () => {
    expect(await must(app, 'settings.get', {})).toEqual({ language: null, minimumBufferMinutes: 15 });
    await must(app, 'settings.setLanguage', { language: 'zh-CN' });
    expect(await must(app, 'settings.get', {})).toEqual({ language: 'zh-CN', minimumBufferMinutes: 15 });
    const bad = await app.call('settings.setLanguage', { language: 'fr' });
    expect(bad.ok || bad.error.details?.issues?.[0]?.messageKey).toBe('errors:field.invalid_choice');
  });
});
