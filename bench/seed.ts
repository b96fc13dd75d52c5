// Builds a large workspace quickly (one transaction, straight through the repositories) for benchmarks.
import { randomUUID } from 'node:crypto';
import type { ItineraryItem } from '../src-main/shared/contract/entities';
import { ITEM_KINDS } from '../src-main/shared/domain/vocabulary';
import { addDaysToIsoDate, timeOfMinutes } from '../src-main/shared/domain/dates';
import { openStore } from '../src-main/store/open-store';
import { createRepos } from '../src-main/store/repos';

export interface SeedSize {
  visits: number;
  itemsPerVisit: number[];
  membersPerVisit: number;
}

const CITY = ['北京', '郑州', '杭州', '成都', '大连'];

export function seedWorkspace(path: string, size: SeedSize): { visitIds: string[] } {
  const store = openStore(path);
  const repos = createRepos(store.db);
  const visitIds: string[] = [];
  store.db.transaction(() => {
    const place = {
      id: randomUUID(),
      gazetteerKey: null,
      name: { en: 'Beijing', zh: '北京' },
      kind: 'city' as const,
      country: 'CN',
      side: 'china' as const,
      timeZone: 'Asia/Shanghai',
      pilot: true,
      zhReviewed: true,
    };
    repos.places.insert(place);
    const sites = Array.from({ length: 200 }, (_, i) => {
      const site = {
        id: randomUUID(),
        name: { en: `Site ${i} Innovation Park`, zh: `${CITY[i % CITY.length]}第${i}号创新园区` },
        address: { en: `${i} Example Road`, zh: `示例路${i}号` },
        placeId: place.id,
        category: 'industrial_park' as const,
        contact: { name: '', phone: '', email: '' },
        latitude: 39.9 + (i % 20) * 0.01,
        longitude: 116.3 + (i % 20) * 0.01,
        notes: { en: '', zh: '' },
        zhReviewed: true,
      };
      repos.sites.insert(site);
      return site.id;
    });
    for (let v = 0; v < size.visits; v++) {
      const now = new Date().toISOString();
      const visitId = randomUUID();
      visitIds.push(visitId);
      repos.visits.insert({
        id: visitId,
        title: { en: `Study visit ${v} on urban renewal`, zh: `第${v}次城市更新考察访问` },
        purpose: { en: '', zh: '' },
        themes: [],
        status: 'draft',
        notes: { en: '', zh: '' },
        revision: 1,
        createdAt: now,
        updatedAt: now,
      });
      const items = size.itemsPerVisit[v] ?? 0;
      const days = Math.max(1, Math.ceil(items / 8));
      const start = addDaysToIsoDate('2024-03-01', v * 3);
      const legId = randomUUID();
      repos.legs.insert({
        id: legId,
        visitId,
        placeId: place.id,
        place,
        startDate: start,
        endDate: addDaysToIsoDate(start, days - 1),
        timeZone: 'Asia/Shanghai',
      });
      const delegationId = randomUUID();
      repos.delegations.insert({
        id: delegationId,
        visitId,
        name: { en: `Delegation ${v}`, zh: `第${v}代表团` },
        originPlaceIds: [place.id],
        homeTimeZone: 'Europe/Brussels',
        notes: { en: '', zh: '' },
        memberCount: 0,
      });
      for (let m = 0; m < size.membersPerVisit; m++) {
        repos.members.insert({
          id: randomUUID(),
          delegationId,
          nameLatin: `Delegate ${v}-${m}`,
          nameZh: `代表${v}-${m}`,
          title: { en: 'Director', zh: '主任' },
          organisation: { en: 'City Hall', zh: '市政府' },
          role: m === 0 ? 'head' : m === 1 ? 'interpreter' : 'member',
          precedence: m,
          email: '',
          phone: '',
          dietary: { en: '', zh: '' },
          notes: { en: '', zh: '' },
        });
      }
      for (let i = 0; i < items; i++) {
        const slot = i % 8;
        const item: ItineraryItem = {
          id: randomUUID(),
          visitId,
          legId,
          date: addDaysToIsoDate(start, Math.floor(i / 8)),
          startTime: timeOfMinutes(8 * 60 + slot * 90),
          endTime: timeOfMinutes(8 * 60 + slot * 90 + 75),
          endsNextDay: false,
          kind: ITEM_KINDS[i % ITEM_KINDS.length],
          title: { en: `Session ${i} on smart cities`, zh: `第${i}场智慧城市交流` },
          description: { en: 'Exchange of good practices.', zh: '交流良好做法。' },
          siteId: sites[(v * 7 + i) % sites.length],
          hosts: { en: '', zh: '' },
          attendees: null,
          transportMode: null,
          dressCode: { en: '', zh: '' },
          notes: { en: '', zh: '' },
        };
        repos.items.insert(item);
      }
    }
  })();
  store.close();
  return { visitIds };
}
