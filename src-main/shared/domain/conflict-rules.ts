// The conflict rules, one pair or one item at a time: the whole-visit checks (conflicts.ts) and the
// incremental index (conflict-index.ts) both apply exactly these, so they cannot disagree.
// Every item's date and times are wall-clock values in its leg's time zone; comparisons across
// items use absolute instants, so items in legs with different zones compare correctly.
import type { Delegation, ItineraryItem, Leg, Member, Place, Site } from '../contract/entities';
import { addDaysToIsoDate, minutesOfDay } from './dates';
import { coordinatesOf, estimateTravelMinutes } from './travel';
import type { ItemKind, PlaceSide, SiteCategory } from './vocabulary';
import { zonedTimeToInstant } from './zoned-time';

export type ConflictRule =
  | 'attendee_overlap'
  | 'site_double_booked'
  | 'outside_leg'
  | 'end_before_start'
  | 'travel_gap'
  | 'no_interpreter'
  | 'missing_translation';

export type ConflictSeverity = 'error' | 'warning';

export interface Conflict {
  rule: ConflictRule;
  severity: ConflictSeverity;
  /** The items involved; the first is the one to show the conflict beside. */
  itemIds: string[];
  /** Values for the translated message. */
  details: Record<string, string | number>;
}

/** An item of another visit, with its leg's time zone resolved. */
export type OtherVisitItem = Pick<
  ItineraryItem,
  'id' | 'visitId' | 'legId' | 'date' | 'startTime' | 'endTime' | 'endsNextDay' | 'siteId'
> & { timeZone: string };

export interface ConflictInput {
  items: ItineraryItem[];
  legs: Leg[];
  delegations: Delegation[];
  members: Member[];
  sites: Site[];
  /** Resolves delegations' origin places to a side; the legs' own places are always known. */
  places?: Place[];
  /** Other visits' items, for site bookings across visits. */
  otherVisitsItems?: OtherVisitItem[];
  settings?: { minimumBufferMinutes?: number };
}

export const RULE_SEVERITY: Record<ConflictRule, ConflictSeverity> = {
  attendee_overlap: 'error',
  site_double_booked: 'error',
  outside_leg: 'error',
  end_before_start: 'error',
  travel_gap: 'warning',
  no_interpreter: 'warning',
  missing_translation: 'warning',
};
const RULE_ORDER = Object.keys(RULE_SEVERITY) as ConflictRule[];

export const DEFAULT_MINIMUM_BUFFER_MINUTES = 15;
const MAX_ITEM_MINUTES = 24 * 60;
/** No item spans more than this (a day and a night, plus a daylight-saving hour): bounds overlap scans. */
export const MAX_SPAN_MS = (2 * 24 + 1) * 3_600_000;

const INTERPRETED_KINDS: ReadonlySet<ItemKind> = new Set<ItemKind>([
  'institutional_meeting',
  'working_session',
  'roundtable',
  'seminar',
  'forum',
  'workshop',
  'mou_signing',
  'site_visit',
]);

/** Items that move people: their site is the departure point. */
const JOURNEY_KINDS = new Set<ItemKind>(['transfer', 'flight', 'high_speed_train']);

/** Sites many groups use at once without booking them: a hotel lobby, a station, an airport. */
const SHARED_SITE_CATEGORIES = new Set<SiteCategory>(['hotel', 'station', 'airport']);

type TimedFields = Pick<ItineraryItem, 'id' | 'visitId' | 'date' | 'startTime' | 'endTime' | 'endsNextDay' | 'siteId'>;
export interface Timed<T extends TimedFields = ItineraryItem> {
  item: T;
  start: number;
  end: number;
}

/** Who attends an item, as `m:<memberId>` keys, or `d:<delegationId>` for a delegation without members. */
export type Attendance = Set<string>;

function conflict(rule: ConflictRule, itemIds: string[], details: Conflict['details']): Conflict {
  return { rule, severity: RULE_SEVERITY[rule], itemIds, details };
}

function endDateOf(item: Pick<ItineraryItem, 'date' | 'endsNextDay'>): string {
  return item.endsNextDay ? addDaysToIsoDate(item.date, 1) : item.date;
}

export function timed<T extends TimedFields>(item: T, timeZone: string): Timed<T> {
  return {
    item,
    start: zonedTimeToInstant(item.date, item.startTime, timeZone),
    end: zonedTimeToInstant(endDateOf(item), item.endTime, timeZone),
  };
}

/** The visit's running order: by start, then end, then id, so every ordering of the same items agrees. */
export function compareTimed(a: Timed<TimedFields>, b: Timed<TimedFields>): number {
  return a.start - b.start || a.end - b.end || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);
}

/** Positive-length intersection: items touching at a boundary do not overlap. */
export function overlaps(a: Timed<TimedFields>, b: Timed<TimedFields>): boolean {
  return Math.max(a.start, b.start) < Math.min(a.end, b.end);
}

/** Where a conflict goes in a visit's list: by its first item's start, then rule, then items. */
export interface ConflictSortKey {
  start: number;
  rule: number;
  ids: string;
}

export function sortKeyOf(conflict: Conflict, startOf: (itemId: string) => number): ConflictSortKey {
  return {
    start: startOf(conflict.itemIds[0]),
    rule: RULE_ORDER.indexOf(conflict.rule),
    ids: conflict.itemIds.join('\u0000'),
  };
}

export function compareSortKeys(x: ConflictSortKey, y: ConflictSortKey): number {
  return x.start - y.start || x.rule - y.rule || (x.ids < y.ids ? -1 : x.ids > y.ids ? 1 : 0);
}

/** One order for one set of conflicts (see ConflictSortKey). */
export function sortConflicts(conflicts: Conflict[], startOf: (itemId: string) => number): Conflict[] {
  return conflicts
    .map((c) => ({ c, key: sortKeyOf(c, startOf) }))
    .sort((x, y) => compareSortKeys(x.key, y.key))
    .map(({ c }) => c);
}

function sharedCount(a: Attendance, b: Attendance): number {
  let count = 0;
  for (const key of a) if (b.has(key)) count++;
  return count;
}

/**
 * What the rules need besides the items themselves: legs, sites, who is in which delegation,
 * sides of places. Any change to these means building the setting (and an index) again.
 */
export class ConflictSetting {
  readonly legs: Map<string, Leg>;
  readonly sites: Map<string, Site>;
  readonly buffer: number;
  private readonly sharedSites: Set<string>;
  private readonly byDelegation = new Map<string, Member[]>();
  private readonly members: Map<string, Member>;
  private readonly delegations: Map<string, Delegation>;
  private readonly sides: Map<string, PlaceSide>;
  /** Most items are attended by everyone: they share one set (and one interpreter answer). */
  private readonly everyone: Attendance;
  private readonly interpreterAnswers = new Map<Attendance, Map<PlaceSide, string[]>>();

  constructor(input: Omit<ConflictInput, 'items' | 'otherVisitsItems'>) {
    this.legs = new Map(input.legs.map((leg) => [leg.id, leg]));
    this.sites = new Map(input.sites.map((site) => [site.id, site]));
    this.buffer = input.settings?.minimumBufferMinutes ?? DEFAULT_MINIMUM_BUFFER_MINUTES;
    this.sharedSites = new Set(input.sites.filter((s) => SHARED_SITE_CATEGORIES.has(s.category)).map((s) => s.id));
    for (const member of input.members) {
      const list = this.byDelegation.get(member.delegationId);
      if (list) list.push(member);
      else this.byDelegation.set(member.delegationId, [member]);
    }
    this.members = new Map(input.members.map((m) => [m.id, m]));
    this.delegations = new Map(input.delegations.map((d) => [d.id, d]));
    this.sides = new Map((input.places ?? []).map((p) => [p.id, p.side]));
    for (const leg of input.legs) this.sides.set(leg.place.id, leg.place.side);
    const attendingAll = {
      delegationIds: input.delegations.map((d) => d.id),
      memberIds: input.members.map((m) => m.id),
    };
    this.everyone = this.collectAttendance(attendingAll);
  }

  timeZoneOf(item: Pick<ItineraryItem, 'legId'>): string {
    return this.legs.get(item.legId)?.timeZone ?? 'UTC';
  }

  attendanceOf(item: Pick<ItineraryItem, 'attendees'>): Attendance {
    return item.attendees ? this.collectAttendance(item.attendees) : this.everyone;
  }

  private collectAttendance(attendees: NonNullable<ItineraryItem['attendees']>): Attendance {
    const keys = new Set<string>();
    for (const id of attendees.delegationIds) {
      const members = this.byDelegation.get(id) ?? [];
      if (members.length === 0) keys.add(`d:${id}`);
      for (const member of members) keys.add(`m:${member.id}`);
    }
    for (const id of attendees.memberIds) keys.add(`m:${id}`);
    return keys;
  }

  isSharedSite(siteId: string | null): boolean {
    return siteId !== null && this.sharedSites.has(siteId);
  }

  /** Delegations attending from another side than the host, with no interpreter among those attending. */
  foreignWithoutInterpreter(attendance: Attendance, hostSide: PlaceSide): string[] {
    const bySide = this.interpreterAnswers.get(attendance) ?? new Map<PlaceSide, string[]>();
    this.interpreterAnswers.set(attendance, bySide);
    let foreign = bySide.get(hostSide);
    if (!foreign) {
      const keys = [...attendance];
      const attending = keys.flatMap((key) => (key.startsWith('m:') ? (this.members.get(key.slice(2)) ?? []) : []));
      const delegationIds = new Set([
        ...keys.filter((key) => key.startsWith('d:')).map((key) => key.slice(2)),
        ...attending.map((m) => m.delegationId),
      ]);
      foreign = attending.some((m) => m.role === 'interpreter')
        ? []
        : [...delegationIds].filter((id) => this.isForeign(id, hostSide));
      bySide.set(hostSide, foreign);
    }
    return foreign;
  }

  private isForeign(delegationId: string, hostSide: PlaceSide): boolean {
    const origin = (this.delegations.get(delegationId)?.originPlaceIds ?? []).flatMap((id) => this.sides.get(id) ?? []);
    return origin.some((side) => side !== hostSide);
  }
}

// ---- pair rules: `a` comes before `b` in the running order ----

/** Two items overlap in time and at least one person (or member-less delegation) attends both. */
export function attendeeOverlap(a: Timed, b: Timed, ofA: Attendance, ofB: Attendance): Conflict | null {
  if (!overlaps(a, b)) return null;
  const shared = sharedCount(ofA, ofB);
  return shared > 0 ? conflict('attendee_overlap', [a.item.id, b.item.id], { otherItemId: b.item.id, shared }) : null;
}

/**
 * Two overlapping items of the visit at the same site. Hotels, stations and airports are shared by
 * nature and never double-booked. Two items with identical (non-empty) attendance are one group in
 * two places at once — reported only as attendee_overlap. Any other same-site overlap, including
 * one that also shares some attendees, is reported here as well.
 */
export function siteDoubleBooking(
  a: Timed,
  b: Timed,
  ofA: Attendance,
  ofB: Attendance,
  setting: ConflictSetting,
): Conflict | null {
  if (a.item.siteId === null || a.item.siteId !== b.item.siteId || setting.isSharedSite(a.item.siteId)) return null;
  if (!overlaps(a, b)) return null;
  const sameGroup = ofA.size > 0 && ofA.size === ofB.size && sharedCount(ofA, ofB) === ofA.size;
  return a.item.visitId === b.item.visitId && sameGroup ? null : siteConflict(a, b);
}

/** An item of the visit and another visit's item at the same site at the same time. */
export function crossVisitBooking(a: Timed, other: Timed<OtherVisitItem>, setting: ConflictSetting): Conflict | null {
  if (a.item.siteId === null || a.item.siteId !== other.item.siteId || setting.isSharedSite(a.item.siteId)) return null;
  if (!overlaps(a, other)) return null;
  return siteConflict(a, other);
}

function siteConflict(a: Timed<TimedFields>, b: Timed<TimedFields>): Conflict {
  return conflict('site_double_booked', [a.item.id, b.item.id], {
    siteId: a.item.siteId!,
    otherItemId: b.item.id,
    otherVisitId: b.item.visitId,
  });
}

/**
 * Consecutive items of a common attendee at different known sites, with less time between them
 * than the estimated travel time. The gap is absolute, so pairs across midnight or across legs are
 * checked too (an overnight gap only warns when the move really takes that long, e.g. by flight).
 * Overlapping pairs are left to attendee_overlap. Shown beside the later item.
 */
export function travelGap(a: Timed, b: Timed, setting: ConflictSetting): Conflict | null {
  const { siteId: fromSiteId } = a.item;
  const { siteId: toSiteId } = b.item;
  const available = Math.round((b.start - a.end) / 60_000);
  if (fromSiteId === null || toSiteId === null || fromSiteId === toSiteId || available < 0) return null;
  // A journey's site is where it departs; afterwards the group is at its (unrecorded) destination,
  // and the journey itself was the travel.
  if (JOURNEY_KINDS.has(a.item.kind)) return null;

  const mode = b.item.transportMode;
  const from = setting.sites.get(fromSiteId);
  const to = setting.sites.get(toSiteId);
  const fromCoords = from ? coordinatesOf(from) : null;
  const toCoords = to ? coordinatesOf(to) : null;
  const estimate = mode && fromCoords && toCoords ? estimateTravelMinutes(fromCoords, toCoords, mode) : null;
  const needed = estimate ?? setting.buffer;
  if (available >= needed) return null;
  return conflict('travel_gap', [b.item.id, a.item.id], {
    needed,
    available,
    fromSiteId,
    toSiteId,
    basis: estimate === null ? 'buffer' : 'estimate',
    ...(estimate === null ? {} : { mode: mode! }),
  });
}

// ---- item rules ----

/** The item starts before its leg, or ends (next day, for endsNextDay) after it. */
export function outsideLeg(item: ItineraryItem, setting: ConflictSetting): Conflict | null {
  const leg = setting.legs.get(item.legId);
  const endDate = endDateOf(item);
  if (!leg || (item.date >= leg.startDate && endDate <= leg.endDate)) return null;
  return conflict('outside_leg', [item.id], {
    legId: leg.id,
    date: item.date,
    endDate,
    legStartDate: leg.startDate,
    legEndDate: leg.endDate,
  });
}

/** Zero or negative wall-clock length, or more than 24 hours when ending the next day. */
export function endBeforeStart(item: ItineraryItem): Conflict | null {
  const minutes = minutesOfDay(item.endTime) - minutesOfDay(item.startTime) + (item.endsNextDay ? 24 * 60 : 0);
  if (minutes > 0 && minutes <= MAX_ITEM_MINUTES) return null;
  return conflict('end_before_start', [item.id], { startTime: item.startTime, endTime: item.endTime, minutes });
}

/**
 * A meeting-like item attended by a delegation from another side than the leg's host place, with
 * no attending interpreter. A delegation attends when listed or when any of its members is;
 * a delegation none of whose origin places has a known side is skipped.
 */
export function missingInterpreter(item: ItineraryItem, attendance: Attendance, setting: ConflictSetting) {
  const leg = setting.legs.get(item.legId);
  if (!leg || !INTERPRETED_KINDS.has(item.kind)) return null;
  const foreign = setting.foreignWithoutInterpreter(attendance, leg.place.side);
  if (foreign.length === 0) return null;
  return conflict('no_interpreter', [item.id], { delegationId: foreign[0], delegations: foreign.length });
}

/** A title without its English or Chinese text; `missing` is 'en', 'zh' or 'both'. */
export function missingTranslation(item: ItineraryItem): Conflict | null {
  const noEn = item.title.en.trim() === '';
  const noZh = item.title.zh.trim() === '';
  if (!noEn && !noZh) return null;
  return conflict('missing_translation', [item.id], { missing: noEn && noZh ? 'both' : noEn ? 'en' : 'zh' });
}

/** Every rule that looks at one item alone. */
export function itemConflicts(item: ItineraryItem, attendance: Attendance, setting: ConflictSetting): Conflict[] {
  return [
    outsideLeg(item, setting),
    endBeforeStart(item),
    missingInterpreter(item, attendance, setting),
    missingTranslation(item),
  ].filter((c): c is Conflict => c !== null);
}
