// Builds the example workspace from resources/demo/visits.json — the IURC China study visits of
// July 2023 — through the same contract the UI uses, so the demo is valid data by construction.
import type { ChannelInput, ChannelName, ChannelResult } from '../shared/contract/channels';
import type { Bilingual } from '../shared/contract/entities';
import type { ItemKind, MemberRole, SiteCategory, TransportMode, VisitStatus } from '../shared/domain/vocabulary';
import { openApp, type App } from '../services';
import type { HostServices } from '../services/host';
import demo from '../../resources/demo/visits.json';

interface DemoData {
  sites: Array<{
    key: string;
    name: Bilingual;
    address?: Bilingual;
    place?: string;
    category: SiteCategory;
    lat?: number;
    lon?: number;
    zhReviewed?: boolean;
  }>;
  visits: Array<{
    key: string;
    title: Bilingual;
    purpose: Bilingual;
    themes: Bilingual[];
    status: VisitStatus;
    notes: Bilingual;
    legs: Array<{ key: string; place: string; start: string; end: string }>;
    delegations: Array<{
      key: string;
      name: Bilingual;
      origins: string[];
      homeTimeZone: string;
      members: Array<{
        nameLatin: string;
        nameZh: string;
        title: Bilingual;
        organisation: Bilingual;
        role: MemberRole;
        dietary?: Bilingual;
      }>;
    }>;
    items: Array<{
      leg: string;
      date: string;
      start: string;
      end: string;
      kind: ItemKind;
      title: Bilingual;
      description: Bilingual;
      site: string | null;
      hosts?: Bilingual;
      transport: TransportMode | null;
      attendees: 'all' | string[];
    }>;
  }>;
}

/** The seed gives dates, not hours: every demo item says its time is illustrative (the visit notes explain). */
export const ILLUSTRATIVE_NOTE: Bilingual = {
  en: 'Illustrative time',
  zh: '示意时间',
};

async function call<C extends ChannelName>(app: App, channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const result = await app.call(channel, input);
  if (!result.ok) throw new Error(`demo: ${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as ChannelResult<C>;
}

export async function loadDemoData(app: App, data: DemoData = demo as DemoData): Promise<void> {
  const places = new Map((await call(app, 'places.list', {})).map((p) => [p.gazetteerKey, p.id]));
  const placeId = (key: string) => {
    const id = places.get(key);
    if (!id) throw new Error(`demo: unknown place ${key}`);
    return id;
  };

  const sites = new Map<string, string>();
  for (const site of data.sites) {
    const created = await call(app, 'sites.create', {
      name: site.name,
      address: site.address,
      placeId: site.place ? placeId(site.place) : null,
      category: site.category,
      latitude: site.lat ?? null,
      longitude: site.lon ?? null,
      zhReviewed: site.zhReviewed ?? true,
    });
    sites.set(site.key, created.id);
  }

  for (const v of data.visits) {
    const visit = await call(app, 'visits.create', {
      title: v.title,
      purpose: v.purpose,
      themes: v.themes,
      status: v.status,
      notes: v.notes,
    });
    const legs = new Map<string, string>();
    for (const leg of v.legs) {
      const created = await call(app, 'legs.create', {
        visitId: visit.id,
        placeId: placeId(leg.place),
        startDate: leg.start,
        endDate: leg.end,
      });
      legs.set(leg.key, created.id);
    }
    const delegations = new Map<string, string>();
    for (const d of v.delegations) {
      const created = await call(app, 'delegations.create', {
        visitId: visit.id,
        name: d.name,
        originPlaceIds: d.origins.map(placeId),
        homeTimeZone: d.homeTimeZone,
      });
      delegations.set(d.key, created.id);
      for (const m of d.members) await call(app, 'members.create', { delegationId: created.id, ...m });
    }
    for (const item of v.items) {
      await call(app, 'items.create', {
        legId: legs.get(item.leg)!,
        date: item.date,
        startTime: item.start,
        endTime: item.end,
        kind: item.kind,
        title: item.title,
        description: item.description,
        siteId: item.site ? sites.get(item.site)! : null,
        hosts: item.hosts,
        transportMode: item.transport,
        attendees:
          item.attendees === 'all'
            ? null
            : { delegationIds: item.attendees.map((key) => delegations.get(key)!), memberIds: [] },
        notes: ILLUSTRATIVE_NOTE,
      });
    }
  }
}

/** Writes a complete demo workspace to `path` (a new file). */
export async function buildDemoWorkspace(path: string, host?: Partial<HostServices>): Promise<void> {
  const app = openApp(path, { host });
  try {
    await loadDemoData(app);
  } finally {
    app.close();
  }
}
