// A visit package: one JSON file holding a visit and everything it references — legs, places, sites,
// delegations, members, itinerary items with their attendees — to move a visit between workspaces or
// computers. Versioned: `format` names the kind of file, `schemaVersion` its layout (this app reads
// version 1), `appVersion` the app that wrote it.
//
// Reading is strict: the whole file is checked with zod (unknown keys refused, texts and lists capped,
// the same field rules as the app's own forms) and every reference inside it must resolve, before a
// single row is written.
import { z } from 'zod';
import type { Delegation, ItineraryItem, Leg, Member, Place, Site, Visit } from '../shared/contract/entities';
import {
  delegationFields,
  idSchema,
  itemFields,
  legFields,
  memberFields,
  placeFields,
  siteFields,
  timeZoneSchema,
  visitFields,
} from '../shared/contract/schemas';
import type { VisitPackageCounts } from '../shared/contract/exchange-schemas';
import { ServiceError } from '../services/service-error';

export const PACKAGE_FORMAT = 'study-visit-planner/visit-package';
export const PACKAGE_SCHEMA_VERSION = 1;

const LIMITS = { places: 1000, sites: 5000, legs: 200, delegations: 200, members: 5000, items: 10000 };

const withId = { id: idSchema };
const packagePlace = placeFields.extend(withId);
const packageSite = siteFields.extend(withId);
const packageLeg = legFields
  .omit({ visitId: true })
  .extend({ ...withId, timeZone: timeZoneSchema })
  .refine((leg) => leg.endDate >= leg.startDate, { path: ['endDate'], message: 'end_before_start' });
const packageDelegation = delegationFields.omit({ visitId: true }).extend(withId);
const packageMember = memberFields.extend({ ...withId, precedence: z.number().int().min(0).max(100000) });
const packageItem = itemFields.extend(withId);
const packageVisit = visitFields.extend({
  ...withId,
  revision: z.number().int().min(0).max(1e9),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
});

export const visitPackageSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  schemaVersion: z.literal(PACKAGE_SCHEMA_VERSION),
  appVersion: z.string().max(40),
  exportedAt: z.string().max(40),
  visit: packageVisit,
  places: z.array(packagePlace).max(LIMITS.places),
  sites: z.array(packageSite).max(LIMITS.sites),
  legs: z.array(packageLeg).max(LIMITS.legs),
  /** In display order. */
  delegations: z.array(packageDelegation).max(LIMITS.delegations),
  members: z.array(packageMember).max(LIMITS.members),
  items: z.array(packageItem).max(LIMITS.items),
});
export type VisitPackage = z.output<typeof visitPackageSchema>;

export interface PackageSource {
  visit: Visit;
  legs: Leg[];
  delegations: Delegation[];
  members: Member[];
  items: ItineraryItem[];
  /** Looks up the places and sites the visit refers to. */
  place(id: string): Place | undefined;
  site(id: string): Site | undefined;
}

/** The package of one visit; `appVersion` and `exportedAt` from the caller. */
export function buildVisitPackage(source: PackageSource, appVersion: string, exportedAt: string): VisitPackage {
  const { visit, legs, delegations, members, items } = source;
  const sites = uniqueDefined(items.map((i) => i.siteId).map((id) => (id ? source.site(id) : undefined)));
  const placeIds = [
    ...legs.map((l) => l.placeId),
    ...delegations.flatMap((d) => d.originPlaceIds),
    ...sites.map((s) => s.placeId).filter((id): id is string => id !== null),
  ];
  const places = uniqueDefined(placeIds.map((id) => source.place(id)));
  return {
    format: PACKAGE_FORMAT,
    schemaVersion: PACKAGE_SCHEMA_VERSION,
    appVersion,
    exportedAt,
    visit: {
      id: visit.id,
      title: visit.title,
      purpose: visit.purpose,
      themes: visit.themes,
      status: visit.status,
      notes: visit.notes,
      revision: visit.revision,
      createdAt: visit.createdAt,
      updatedAt: visit.updatedAt,
    },
    places,
    sites,
    legs: legs.map((l) => ({
      id: l.id,
      placeId: l.placeId,
      startDate: l.startDate,
      endDate: l.endDate,
      timeZone: l.timeZone,
    })),
    delegations: delegations.map((d) => ({
      id: d.id,
      name: d.name,
      originPlaceIds: d.originPlaceIds,
      homeTimeZone: d.homeTimeZone,
      notes: d.notes,
    })),
    members: members.map((m) => ({ ...m })),
    items: items.map(({ visitId: _visitId, ...item }) => item),
  };
}

function uniqueDefined<T extends { id: string }>(values: (T | undefined)[]): T[] {
  const seen = new Map<string, T>();
  for (const value of values) if (value && !seen.has(value.id)) seen.set(value.id, value);
  return [...seen.values()];
}

export function packageCounts(pkg: VisitPackage): VisitPackageCounts {
  return {
    legs: pkg.legs.length,
    delegations: pkg.delegations.length,
    members: pkg.members.length,
    items: pkg.items.length,
    places: pkg.places.length,
    sites: pkg.sites.length,
  };
}

const invalid = (key: string, details: Record<string, unknown> = {}) => new ServiceError('validation', key, details);

/** Parses and checks a package file's text; throws a translated error when it cannot be imported. */
export function parseVisitPackage(text: string): VisitPackage {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw invalid('errors:package.not_a_package');
  }
  const head = raw as { format?: unknown; schemaVersion?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== PACKAGE_FORMAT) {
    throw invalid('errors:package.not_a_package');
  }
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > PACKAGE_SCHEMA_VERSION) {
    throw invalid('errors:package.newer_version', { version: head.schemaVersion, latest: PACKAGE_SCHEMA_VERSION });
  }
  const parsed = visitPackageSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((issue) => ({ path: issue.path.join('.'), code: issue.code }));
    throw invalid('errors:package.invalid', { issues });
  }
  checkReferences(parsed.data);
  return parsed.data;
}

/** Every id unique within its kind, and every reference to something the package holds. */
function checkReferences(pkg: VisitPackage): void {
  const ids = (entity: string, rows: { id: string }[]) => {
    const set = new Set<string>();
    for (const row of rows) {
      if (set.has(row.id)) throw invalid('errors:package.duplicate_id', { entity, id: row.id });
      set.add(row.id);
    }
    return set;
  };
  const places = ids('place', pkg.places);
  const sites = ids('site', pkg.sites);
  const legs = ids('leg', pkg.legs);
  const delegations = ids('delegation', pkg.delegations);
  const members = ids('member', pkg.members);
  ids('item', pkg.items);
  const need = (set: Set<string>, entity: string, id: string | null) => {
    if (id !== null && !set.has(id)) throw invalid('errors:package.broken_reference', { entity, id });
  };
  for (const site of pkg.sites) need(places, 'place', site.placeId);
  for (const leg of pkg.legs) need(places, 'place', leg.placeId);
  for (const d of pkg.delegations) d.originPlaceIds.forEach((id) => need(places, 'place', id));
  for (const m of pkg.members) need(delegations, 'delegation', m.delegationId);
  for (const item of pkg.items) {
    need(legs, 'leg', item.legId);
    need(sites, 'site', item.siteId);
    item.attendees?.delegationIds.forEach((id) => need(delegations, 'delegation', id));
    item.attendees?.memberIds.forEach((id) => need(members, 'member', id));
  }
}

// ─── Matching what the workspace already has ───────────────────────────────────────────────────

const COORDINATE_TOLERANCE = 1e-5; // about a metre

const sameText = (a: string, b: string) => a.trim() === b.trim();
export const sameNames = (a: { en: string; zh: string }, b: { en: string; zh: string }) =>
  sameText(a.en, b.en) && sameText(a.zh, b.zh);

const hasCoordinates = (s: Pick<Site, 'latitude' | 'longitude'>) => s.latitude !== null && s.longitude !== null;
export const sameCoordinates = (a: Pick<Site, 'latitude' | 'longitude'>, b: typeof a) =>
  Math.abs(a.latitude! - b.latitude!) <= COORDINATE_TOLERANCE &&
  Math.abs(a.longitude! - b.longitude!) <= COORDINATE_TOLERANCE;

/** A workspace site is the same as a package site: same names, and same coordinates when both have them. */
export function siteMatches(packaged: Site, candidate: Site): 'name' | 'name_and_coordinates' | null {
  if (!sameNames(packaged.name, candidate.name)) return null;
  if (hasCoordinates(packaged) && hasCoordinates(candidate)) {
    return sameCoordinates(packaged, candidate) ? 'name_and_coordinates' : null;
  }
  return 'name';
}

/** Fields of a matched place whose values differ (the workspace's values are kept). */
export function placeDifferences(packaged: Place, existing: Place): string[] {
  const out: string[] = [];
  if (!sameNames(packaged.name, existing.name)) out.push('name');
  for (const key of ['gazetteerKey', 'kind', 'country', 'side', 'timeZone', 'pilot'] as const) {
    if (packaged[key] !== existing[key]) out.push(key);
  }
  return out;
}

/** Fields of a matched site whose values differ; `placeId` is the package's, already mapped to the workspace. */
export function siteDifferences(packaged: Site, existing: Site): string[] {
  const out: string[] = [];
  if (!sameNames(packaged.address, existing.address)) out.push('address');
  if (packaged.category !== existing.category) out.push('category');
  if (packaged.placeId !== existing.placeId) out.push('placeId');
  if (
    packaged.contact.name !== existing.contact.name ||
    packaged.contact.phone !== existing.contact.phone ||
    packaged.contact.email !== existing.contact.email
  ) {
    out.push('contact');
  }
  if (hasCoordinates(packaged) !== hasCoordinates(existing)) out.push('coordinates');
  if (!sameNames(packaged.notes, existing.notes)) out.push('notes');
  return out;
}
