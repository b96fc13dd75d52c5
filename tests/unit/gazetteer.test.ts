// Checks the bilingual gazetteer (resources/gazetteer/places.json) against the seed brochure
// (003_b4fa943c225f4789.txt) and the demo workspace (resources/demo/visits.json) for consistency.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ITEM_KINDS,
  MEMBER_ROLES,
  PLACE_KINDS,
  PLACE_SIDES,
  SITE_CATEGORIES,
  TRANSPORT_MODES,
  VISIT_STATUSES,
} from '../../src-main/shared/domain/vocabulary';

const here = typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
const SEED_FILE = '003_b4fa943c225f4789.txt';
const seedPath = process.env.SVP_SEEDS_DIR
  ? path.resolve(process.env.SVP_SEEDS_DIR, SEED_FILE)
  : path.resolve(here, '../../../shared/seeds', SEED_FILE);
const placesPath = path.resolve(here, '../../resources/gazetteer/places.json');
const visitsPath = path.resolve(here, '../../resources/demo/visits.json');

interface Bilingual {
  en: string;
  zh: string;
}
interface GazetteerPlace {
  key: string;
  name: Bilingual;
  kind: string;
  country: string;
  side: string;
  timeZone: string;
  pilot: boolean;
  zhSource: string;
  zhNote?: string;
}
interface DemoSite {
  key: string;
  name: Bilingual;
  address: Bilingual;
  place: string;
  category: string;
  lat?: number;
  lon?: number;
  zhReviewed: boolean;
}
interface DemoMember {
  nameLatin: string;
  nameZh: string;
  title: Bilingual;
  organisation: Bilingual;
  role: string;
  dietary: Bilingual;
  [extra: string]: unknown;
}
interface DemoItem {
  leg: string;
  date: string;
  start: string;
  end: string;
  kind: string;
  title: Bilingual;
  description: Bilingual;
  site: string | null;
  hosts: Bilingual;
  transport: string | null;
  attendees: 'all' | string[];
}
interface DemoVisit {
  key: string;
  title: Bilingual;
  purpose: Bilingual;
  themes: Bilingual[];
  status: string;
  notes: Bilingual;
  legs: { key: string; place: string; start: string; end: string }[];
  delegations: {
    key: string;
    name: Bilingual;
    origins: string[];
    homeTimeZone: string;
    members: DemoMember[];
  }[];
  items: DemoItem[];
}
interface DemoWorkspace {
  sites: DemoSite[];
  visits: DemoVisit[];
}

/** One pilot as the seed lists it: "- Sofia 索菲亚(保)". */
interface SeedPilot {
  line: string;
  en: string;
  /** The Chinese text exactly as printed, country marker included. */
  zhRaw: string;
  /** The name without the seed's one-character country marker. */
  zh: string;
  marker: string | null;
}

// The seed marks each EU pilot with a one-character country abbreviation: 索菲亚(保) = Sofia (Bulgaria).
const MARKER_COUNTRY: Record<string, string> = {
  保: 'BG',
  德: 'DE',
  希: 'GR',
  意: 'IT',
  波: 'PL',
  西: 'ES',
  克: 'HR',
  捷: 'CZ',
  罗: 'RO',
  斯: 'SI',
};
const EU_COUNTRIES = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);
const MOVING_KINDS = new Set(['transfer', 'high_speed_train', 'flight']);
const LONG_HAUL_KINDS = new Set(['high_speed_train', 'flight']);

function parseSeedPilots(text: string): SeedPilot[] {
  const pilots: SeedPilot[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    // "- <English name> <Chinese name>", the Chinese part starting at the first Han character.
    const m = /^-\s+([^\p{Script=Han}]+?)\s*(\p{Script=Han}.*)$/u.exec(line);
    if (!m || !/\p{Script=Latin}/u.test(m[1])) continue;
    const en = m[1].trim();
    const zhRaw = m[2].trim();
    const marked = /^(.+?)\s*[(（](\p{Script=Han})[)）]$/u.exec(zhRaw);
    pilots.push({ line, en, zhRaw, zh: marked ? marked[1] : zhRaw, marker: marked ? marked[2] : null });
  }
  return pilots;
}

const STOP_WORDS = new Set(['county', 'region', 'urban', 'new', 'area', 'district', 'de', 'y', 'of', 'the', 'kraj']);
function nameTokens(name: string): Set<string> {
  return new Set(
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((t) => t.length > 0 && !STOP_WORDS.has(t)),
  );
}
function sameEnglishName(a: string, b: string): boolean {
  const tb = nameTokens(b);
  return [...nameTokens(a)].some((t) => tb.has(t));
}

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
const isLocalTime = (value: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const filled = (b: Bilingual | undefined): boolean =>
  !!b && typeof b.en === 'string' && typeof b.zh === 'string' && b.en.trim() !== '' && b.zh.trim() !== '';
const isBilingual = (b: Bilingual | undefined): boolean => !!b && typeof b.en === 'string' && typeof b.zh === 'string';

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

const seedPilots = parseSeedPilots(fs.readFileSync(seedPath, 'utf8'));
const places = readJson<GazetteerPlace[]>(placesPath);
const placeByKey = new Map(places.map((p) => [p.key, p]));
const demo = readJson<DemoWorkspace>(visitsPath);
const siteByKey = new Map(demo.sites.map((s) => [s.key, s]));

describe('seed 003 pilot list parser', () => {
  it('finds the EU (country-marked) and Chinese pilots', () => {
    const eu = seedPilots.filter((p) => p.marker !== null);
    const china = seedPilots.filter((p) => p.marker === null);
    expect(eu.length).toBeGreaterThanOrEqual(10);
    expect(china.length).toBeGreaterThanOrEqual(10);
    for (const p of seedPilots) {
      expect(p.en, p.line).toMatch(/^\p{Script=Latin}/u);
      expect(p.zh, p.line).toMatch(/^\p{Script=Han}/u);
      if (p.marker !== null) expect(MARKER_COUNTRY[p.marker], `unknown country marker in ${p.line}`).toBeTruthy();
    }
    expect(new Set(seedPilots.map((p) => p.zh)).size).toBe(seedPilots.length);
  });
});

describe('gazetteer places.json', () => {
  it('contains every seed pilot with exactly the seed Chinese name and pilot: true', () => {
    for (const seed of seedPilots) {
      const matches = places.filter((p) => p.name.zh === seed.zh);
      expect(matches, `no place with Chinese name ${seed.zh} (${seed.line})`).toHaveLength(1);
      const place = matches[0];
      expect(place.pilot, seed.line).toBe(true);
      expect(place.zhSource, seed.line).toBe('seed-003');
      expect(sameEnglishName(seed.en, place.name.en), `${seed.line} vs ${place.name.en}`).toBe(true);
      if (seed.marker !== null) {
        expect(place.country, seed.line).toBe(MARKER_COUNTRY[seed.marker]);
        expect(place.side, seed.line).toBe('eu');
        // The exact printed form, marker included, is kept for review.
        expect(place.zhNote ?? '', seed.line).toContain(seed.zhRaw);
      } else {
        expect(place.country, seed.line).toBe('CN');
        expect(place.side, seed.line).toBe('china');
      }
    }
  });

  it('marks as pilots only the seed pilots', () => {
    const seedZh = new Set(seedPilots.map((p) => p.zh));
    const pilots = places.filter((p) => p.pilot);
    expect(pilots.map((p) => p.name.zh).filter((zh) => !seedZh.has(zh))).toEqual([]);
    expect(pilots).toHaveLength(seedPilots.length);
  });

  it('has unique lowercase ascii keys and valid fields', () => {
    expect(new Set(places.map((p) => p.key)).size).toBe(places.length);
    for (const p of places) {
      expect(p.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(filled(p.name), p.key).toBe(true);
      expect(PLACE_KINDS as readonly string[], p.key).toContain(p.kind);
      expect(PLACE_SIDES as readonly string[], p.key).toContain(p.side);
      expect(p.country, p.key).toMatch(/^[A-Z]{2}$/);
      if (p.side === 'china') expect(p.country, p.key).toBe('CN');
      if (p.side === 'eu') expect(EU_COUNTRIES.has(p.country), `${p.key} ${p.country}`).toBe(true);
      expect(isValidTimeZone(p.timeZone), `${p.key} ${p.timeZone}`).toBe(true);
      expect(p.timeZone, p.key).toContain('/');
      expect(typeof p.pilot, p.key).toBe('boolean');
      expect(['seed-003', 'seed-other', 'unreviewed'], p.key).toContain(p.zhSource);
      if (p.zhSource === 'seed-other') expect(p.zhNote ?? '', p.key).not.toBe('');
    }
  });

  it('uses one time zone per country', () => {
    const zoneByCountry = new Map<string, string>();
    for (const p of places) {
      const zone = zoneByCountry.get(p.country) ?? p.timeZone;
      zoneByCountry.set(p.country, zone);
      expect(p.timeZone, `${p.key} (${p.country})`).toBe(zone);
    }
  });

  it('is sorted: China side first, then EU, then other, each by English name', () => {
    const order = ['china', 'eu', 'other'];
    const sorted = [...places].sort(
      (a, b) => order.indexOf(a.side) - order.indexOf(b.side) || a.name.en.localeCompare(b.name.en, 'en'),
    );
    expect(places.map((p) => p.key)).toEqual(sorted.map((p) => p.key));
  });
});

describe('demo workspace visits.json', () => {
  it('has sites with unique keys, known places and valid fields', () => {
    expect(new Set(demo.sites.map((s) => s.key)).size).toBe(demo.sites.length);
    for (const s of demo.sites) {
      expect(filled(s.name), s.key).toBe(true);
      expect(isBilingual(s.address), s.key).toBe(true);
      expect(placeByKey.has(s.place), `${s.key} -> ${s.place}`).toBe(true);
      expect(SITE_CATEGORIES as readonly string[], s.key).toContain(s.category);
      expect(typeof s.zhReviewed, s.key).toBe('boolean');
      expect(s.lat === undefined, `${s.key}: lat and lon go together`).toBe(s.lon === undefined);
      if (s.lat !== undefined && s.lon !== undefined) {
        expect(Math.abs(s.lat), s.key).toBeLessThanOrEqual(90);
        expect(Math.abs(s.lon), s.key).toBeLessThanOrEqual(180);
      }
    }
  });

  it('has visits with unique keys and bilingual titles', () => {
    expect(demo.visits.length).toBeGreaterThan(0);
    expect(new Set(demo.visits.map((v) => v.key)).size).toBe(demo.visits.length);
    for (const v of demo.visits) {
      expect(filled(v.title), v.key).toBe(true);
      expect(filled(v.purpose), v.key).toBe(true);
      expect(filled(v.notes), v.key).toBe(true);
      expect(VISIT_STATUSES as readonly string[], v.key).toContain(v.status);
      for (const t of v.themes) expect(filled(t), v.key).toBe(true);
    }
  });

  for (const visit of demo.visits) {
    describe(`visit ${visit.key}`, () => {
      const legByKey = new Map(visit.legs.map((l) => [l.key, l]));
      const delegationKeys = visit.delegations.map((d) => d.key);

      it('has legs at known places, with valid, non-overlapping dates', () => {
        expect(visit.legs.length).toBeGreaterThan(0);
        expect(legByKey.size).toBe(visit.legs.length);
        const legs = [...visit.legs].sort((a, b) => a.start.localeCompare(b.start));
        legs.forEach((leg, i) => {
          expect(placeByKey.has(leg.place), `${leg.key} -> ${leg.place}`).toBe(true);
          expect(isIsoDate(leg.start) && isIsoDate(leg.end), leg.key).toBe(true);
          expect(leg.start <= leg.end, leg.key).toBe(true);
          if (i > 0) expect(legs[i - 1].end < leg.start, `${legs[i - 1].key} overlaps ${leg.key}`).toBe(true);
        });
      });

      it('has delegations with known origins and valid members', () => {
        expect(visit.delegations.length).toBeGreaterThan(0);
        expect(new Set(delegationKeys).size).toBe(delegationKeys.length);
        for (const d of visit.delegations) {
          expect(filled(d.name), d.key).toBe(true);
          for (const origin of d.origins) expect(placeByKey.has(origin), `${d.key} -> ${origin}`).toBe(true);
          expect(isValidTimeZone(d.homeTimeZone), d.key).toBe(true);
          expect(d.members.length, d.key).toBeGreaterThan(0);
          for (const m of d.members) {
            expect(m.nameLatin.trim() || m.nameZh.trim(), `${d.key}: member without a name`).not.toBe('');
            expect(filled(m.title), `${d.key}: ${m.nameLatin}`).toBe(true);
            expect(isBilingual(m.organisation) && isBilingual(m.dietary), m.nameLatin).toBe(true);
            expect(MEMBER_ROLES as readonly string[], m.nameLatin).toContain(m.role);
            // Demo data carries no contact details.
            expect(m.email ?? '', m.nameLatin).toBe('');
            expect(m.phone ?? '', m.nameLatin).toBe('');
          }
        }
      });

      it('has items whose references resolve and that lie within their leg', () => {
        expect(visit.items.length).toBeGreaterThan(0);
        for (const item of visit.items) {
          const label = `${item.date} ${item.start} ${item.title.en}`;
          const leg = legByKey.get(item.leg);
          expect(leg, `${label}: unknown leg ${item.leg}`).toBeDefined();
          expect(isIsoDate(item.date), label).toBe(true);
          if (leg) expect(item.date >= leg.start && item.date <= leg.end, `${label} outside leg ${leg.key}`).toBe(true);
          expect(isLocalTime(item.start) && isLocalTime(item.end), label).toBe(true);
          expect(minutes(item.start), label).toBeLessThan(minutes(item.end));
          expect(ITEM_KINDS as readonly string[], label).toContain(item.kind);
          expect(filled(item.title), label).toBe(true);
          expect(filled(item.description), label).toBe(true);
          expect(isBilingual(item.hosts), label).toBe(true);
          if (item.site !== null) expect(siteByKey.has(item.site), `${label}: unknown site ${item.site}`).toBe(true);
          if (MOVING_KINDS.has(item.kind)) {
            expect(TRANSPORT_MODES as readonly string[], label).toContain(item.transport);
          } else {
            expect(item.transport, label).toBeNull();
          }
          if (item.kind === 'high_speed_train' || item.kind === 'flight') expect(item.transport, label).toBe(item.kind);
          if (item.attendees !== 'all') {
            expect(item.attendees.length, label).toBeGreaterThan(0);
            for (const key of item.attendees) expect(delegationKeys, `${label}: unknown delegation`).toContain(key);
          }
        }
      });

      it('has an item on every day of every leg', () => {
        for (const leg of visit.legs) {
          for (let d = new Date(`${leg.start}T00:00:00Z`); d.toISOString().slice(0, 10) <= leg.end;) {
            const date = d.toISOString().slice(0, 10);
            expect(
              visit.items.some((i) => i.leg === leg.key && i.date === date),
              `${leg.key} ${date}`,
            ).toBe(true);
            d = new Date(d.getTime() + 86_400_000);
          }
        }
      });

      it('never double-books people and leaves time to move between sites', () => {
        const who = (item: DemoItem): string[] => (item.attendees === 'all' ? delegationKeys : item.attendees);
        for (const delegation of delegationKeys) {
          const mine = visit.items
            .filter((i) => who(i).includes(delegation))
            .sort((a, b) => a.date.localeCompare(b.date) || minutes(a.start) - minutes(b.start));
          for (let i = 1; i < mine.length; i++) {
            const prev = mine[i - 1];
            const next = mine[i];
            if (prev.date !== next.date) continue;
            const gap = minutes(next.start) - minutes(prev.end);
            const label = `${delegation}: "${prev.title.en}" then "${next.title.en}" on ${next.date}`;
            expect(gap, `${label} overlap`).toBeGreaterThanOrEqual(0);
            if (LONG_HAUL_KINDS.has(prev.kind) || LONG_HAUL_KINDS.has(next.kind)) {
              expect(gap, `${label}: 30 minutes around trains and flights`).toBeGreaterThanOrEqual(30);
            } else if (prev.site === null || next.site === null || prev.site !== next.site) {
              expect(gap, `${label}: 15 minutes between sites`).toBeGreaterThanOrEqual(15);
            }
          }
        }
      });
    });
  }
});
