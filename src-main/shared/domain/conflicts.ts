// Itinerary checks: pure functions over one visit's items and their context.
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

export const DEFAULT_MINIMUM_BUFFER_MINUTES = 15;
const MAX_ITEM_MINUTES = 24 * 60;
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

type TimedFields = Pick<ItineraryItem, 'id' | 'visitId' | 'date' | 'startTime' | 'endTime' | 'endsNextDay' | 'siteId'>;
interface Timed<T extends TimedFields> {
  item: T;
  start: number;
  end: number;
}

interface Context {
  legs: Map<string, Leg>;
  /** The visit's items by start instant (stable for equal starts). */
  ordered: Timed<ItineraryItem>[];
  /** Per item id: who attends, as `m:<memberId>` keys, or `d:<delegationId>` for a delegation without members. */
  attendance: Map<string, Set<string>>;
}

function conflict(rule: ConflictRule, itemIds: string[], details: Conflict['details']): Conflict {
  return { rule, severity: RULE_SEVERITY[rule], itemIds, details };
}

function endDateOf(item: Pick<ItineraryItem, 'date' | 'endsNextDay'>): string {
  return item.endsNextDay ? addDaysToIsoDate(item.date, 1) : item.date;
}

function timed<T extends TimedFields>(item: T, timeZone: string): Timed<T> {
  return {
    item,
    start: zonedTimeToInstant(item.date, item.startTime, timeZone),
    end: zonedTimeToInstant(endDateOf(item), item.endTime, timeZone),
  };
}

/** Positive-length intersection: items touching at a boundary do not overlap. */
function overlaps(a: Timed<TimedFields>, b: Timed<TimedFields>): boolean {
  return Math.max(a.start, b.start) < Math.min(a.end, b.end);
}

/** Every overlapping pair, the earlier-starting item first. */
function overlappingPairs<T extends TimedFields>(ordered: Timed<T>[]): Array<[Timed<T>, Timed<T>]> {
  const pairs: Array<[Timed<T>, Timed<T>]> = [];
  ordered.forEach((a, i) => {
    for (let j = i + 1; j < ordered.length && ordered[j].start < a.end; j++) {
      if (overlaps(a, ordered[j])) pairs.push([a, ordered[j]]);
    }
  });
  return pairs;
}

function attendanceOf(
  attendees: ItineraryItem['attendees'],
  input: ConflictInput,
  byDelegation: Map<string, Member[]>,
): Set<string> {
  const keys = new Set<string>();
  const delegationIds = attendees ? attendees.delegationIds : input.delegations.map((d) => d.id);
  const memberIds = attendees ? attendees.memberIds : input.members.map((m) => m.id);
  for (const id of delegationIds) {
    const members = byDelegation.get(id) ?? [];
    if (members.length === 0) keys.add(`d:${id}`);
    for (const member of members) keys.add(`m:${member.id}`);
  }
  for (const id of memberIds) keys.add(`m:${id}`);
  return keys;
}

/** Every rule needs the same timed, ordered items; findConflicts computes them once per input. */
const prepared = new WeakMap<ConflictInput, Context>();

function prepare(input: ConflictInput): Context {
  let context = prepared.get(input);
  if (!context) {
    context = computeContext(input);
    prepared.set(input, context);
  }
  return context;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function computeContext(input: ConflictInput): Context {
  const legs = new Map(input.legs.map((leg) => [leg.id, leg]));
  const byDelegation = new Map<string, Member[]>();
  for (const member of input.members) pushTo(byDelegation, member.delegationId, member);
  const ordered = input.items
    .map((item) => timed(item, legs.get(item.legId)?.timeZone ?? 'UTC'))
    .sort((a, b) => a.start - b.start);
  // Most items are attended by everyone: they share one set.
  const everyone = attendanceOf(null, input, byDelegation);
  const attendance = new Map(
    input.items.map((item) => [item.id, item.attendees ? attendanceOf(item.attendees, input, byDelegation) : everyone]),
  );
  return { legs, ordered, attendance };
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  let count = 0;
  for (const key of a) if (b.has(key)) count++;
  return count;
}

/** Two items overlap in time and at least one person (or member-less delegation) attends both. */
export function findAttendeeOverlaps(input: ConflictInput): Conflict[] {
  const { ordered, attendance } = prepare(input);
  return overlappingPairs(ordered).flatMap(([a, b]) => {
    const shared = sharedCount(attendance.get(a.item.id)!, attendance.get(b.item.id)!);
    return shared > 0 ? [conflict('attendee_overlap', [a.item.id, b.item.id], { otherItemId: b.item.id, shared })] : [];
  });
}

/** Items that move people: their site is the departure point. */
const JOURNEY_KINDS = new Set<ItemKind>(['transfer', 'flight', 'high_speed_train']);

/** Sites many groups use at once without booking them: a hotel lobby, a station, an airport. */
const SHARED_SITE_CATEGORIES = new Set<SiteCategory>(['hotel', 'station', 'airport']);

/**
 * Two overlapping items at the same site, within the visit or against another visit's items.
 * Hotels, stations and airports are shared by nature and never double-booked.
 * Dedup rule: two items of the same visit with identical (non-empty) resolved attendance are
 * one group in two places at once — reported only as attendee_overlap. Any other same-site
 * overlap, including one that also shares some attendees, is reported here as well.
 */
export function findSiteDoubleBookings(input: ConflictInput): Conflict[] {
  const { ordered, attendance } = prepare(input);
  const found: Conflict[] = [];
  const sharedSites = new Set(input.sites.filter((s) => SHARED_SITE_CATEGORIES.has(s.category)).map((s) => s.id));
  for (const [a, b] of overlappingPairs(ordered)) {
    if (a.item.siteId === null || a.item.siteId !== b.item.siteId || sharedSites.has(a.item.siteId)) continue;
    const ofA = attendance.get(a.item.id)!;
    const ofB = attendance.get(b.item.id)!;
    const sameGroup = ofA.size > 0 && ofA.size === ofB.size && sharedCount(ofA, ofB) === ofA.size;
    if (a.item.visitId === b.item.visitId && sameGroup) continue;
    found.push(siteConflict(a, b));
  }

  const ownIds = new Set(input.items.map((item) => item.id));
  const othersBySite = new Map<string, Timed<OtherVisitItem>[]>();
  for (const other of input.otherVisitsItems ?? []) {
    if (other.siteId === null || ownIds.has(other.id)) continue;
    pushTo(othersBySite, other.siteId, timed(other, other.timeZone));
  }
  for (const a of ordered) {
    if (a.item.siteId && sharedSites.has(a.item.siteId)) continue;
    for (const other of othersBySite.get(a.item.siteId ?? '') ?? []) {
      if (overlaps(a, other)) found.push(siteConflict(a, other));
    }
  }
  return found;
}

function siteConflict(a: Timed<TimedFields>, b: Timed<TimedFields>): Conflict {
  return conflict('site_double_booked', [a.item.id, b.item.id], {
    siteId: a.item.siteId!,
    otherItemId: b.item.id,
    otherVisitId: b.item.visitId,
  });
}

/** The item starts before its leg, or ends (next day, for endsNextDay) after it. */
export function findOutsideLeg(input: ConflictInput): Conflict[] {
  const legs = new Map(input.legs.map((leg) => [leg.id, leg]));
  return input.items.flatMap((item) => {
    const leg = legs.get(item.legId);
    const endDate = endDateOf(item);
    if (!leg || (item.date >= leg.startDate && endDate <= leg.endDate)) return [];
    return [
      conflict('outside_leg', [item.id], {
        legId: leg.id,
        date: item.date,
        endDate,
        legStartDate: leg.startDate,
        legEndDate: leg.endDate,
      }),
    ];
  });
}

/** Zero or negative wall-clock length, or more than 24 hours when ending the next day. */
export function findEndBeforeStart(input: ConflictInput): Conflict[] {
  return input.items.flatMap((item) => {
    const minutes = minutesOfDay(item.endTime) - minutesOfDay(item.startTime) + (item.endsNextDay ? 24 * 60 : 0);
    if (minutes > 0 && minutes <= MAX_ITEM_MINUTES) return [];
    return [conflict('end_before_start', [item.id], { startTime: item.startTime, endTime: item.endTime, minutes })];
  });
}

/**
 * Consecutive items of a common attendee at different known sites, with less time between them
 * than the estimated travel time. The gap is absolute, so pairs across midnight or across legs are
 * checked too (an overnight gap only warns when the move really takes that long, e.g. by flight).
 * Overlapping pairs are left to attendee_overlap. Shown beside the later item.
 */
export function findTravelGaps(input: ConflictInput): Conflict[] {
  const { ordered, attendance } = prepare(input);
  const sites = new Map(input.sites.map((site) => [site.id, site]));
  const buffer = input.settings?.minimumBufferMinutes ?? DEFAULT_MINIMUM_BUFFER_MINUTES;

  const schedules = new Map<string, Timed<ItineraryItem>[]>();
  for (const t of ordered) {
    for (const key of attendance.get(t.item.id)!) pushTo(schedules, key, t);
  }
  // Everyone attending the same items gives identical schedules: check each pair once.
  const position = new Map(ordered.map((t, i) => [t, i]));
  const checked = new Set<number>();
  const found: Conflict[] = [];
  for (const schedule of schedules.values()) {
    for (let i = 1; i < schedule.length; i++) {
      const [a, b] = [schedule[i - 1], schedule[i]];
      const pairKey = position.get(a)! * ordered.length + position.get(b)!;
      if (checked.has(pairKey)) continue;
      checked.add(pairKey);
      const { siteId: fromSiteId } = a.item;
      const { siteId: toSiteId } = b.item;
      const available = Math.round((b.start - a.end) / 60_000);
      if (fromSiteId === null || toSiteId === null || fromSiteId === toSiteId || available < 0) continue;
      // A journey's site is where it departs; afterwards the group is at its (unrecorded) destination,
      // and the journey itself was the travel.
      if (JOURNEY_KINDS.has(a.item.kind)) continue;

      const mode = b.item.transportMode;
      const from = sites.get(fromSiteId);
      const to = sites.get(toSiteId);
      const fromCoords = from ? coordinatesOf(from) : null;
      const toCoords = to ? coordinatesOf(to) : null;
      const estimate = mode && fromCoords && toCoords ? estimateTravelMinutes(fromCoords, toCoords, mode) : null;
      const needed = estimate ?? buffer;
      if (available >= needed) continue;
      found.push(
        conflict('travel_gap', [b.item.id, a.item.id], {
          needed,
          available,
          fromSiteId,
          toSiteId,
          basis: estimate === null ? 'buffer' : 'estimate',
          ...(estimate === null ? {} : { mode: mode! }),
        }),
      );
    }
  }
  return found;
}

/**
 * A meeting-like item attended by a delegation from another side than the leg's host place, with
 * no attending interpreter. A delegation attends when listed or when any of its members is;
 * a delegation none of whose origin places has a known side is skipped.
 */
export function findMissingInterpreters(input: ConflictInput): Conflict[] {
  const { legs, attendance } = prepare(input);
  const members = new Map(input.members.map((m) => [m.id, m]));
  const delegations = new Map(input.delegations.map((d) => [d.id, d]));
  const sides = new Map<string, PlaceSide>((input.places ?? []).map((p) => [p.id, p.side]));
  for (const leg of input.legs) sides.set(leg.place.id, leg.place.side);

  const isForeign = (delegationId: string, hostSide: PlaceSide) => {
    const origin = (delegations.get(delegationId)?.originPlaceIds ?? []).flatMap((id) => sides.get(id) ?? []);
    return origin.some((side) => side !== hostSide);
  };

  // Items attended by the same people (often everyone) share one answer per host side.
  const answers = new Map<Set<string>, Map<PlaceSide, string[]>>();
  const foreignAttending = (keys: Set<string>, hostSide: PlaceSide): string[] => {
    const bySide = answers.get(keys) ?? new Map<PlaceSide, string[]>();
    answers.set(keys, bySide);
    let foreign = bySide.get(hostSide);
    if (!foreign) {
      foreign = foreignWithoutInterpreter([...keys], hostSide);
      bySide.set(hostSide, foreign);
    }
    return foreign;
  };
  const foreignWithoutInterpreter = (keys: string[], hostSide: PlaceSide): string[] => {
    const attending = keys.flatMap((key) => (key.startsWith('m:') ? (members.get(key.slice(2)) ?? []) : []));
    if (attending.some((m) => m.role === 'interpreter')) return [];
    const delegationIds = new Set([
      ...keys.filter((key) => key.startsWith('d:')).map((key) => key.slice(2)),
      ...attending.map((m) => m.delegationId),
    ]);
    return [...delegationIds].filter((id) => isForeign(id, hostSide));
  };

  return input.items.flatMap((item) => {
    const leg = legs.get(item.legId);
    if (!leg || !INTERPRETED_KINDS.has(item.kind)) return [];
    const foreign = foreignAttending(attendance.get(item.id)!, leg.place.side);
    if (foreign.length === 0) return [];
    return [conflict('no_interpreter', [item.id], { delegationId: foreign[0], delegations: foreign.length })];
  });
}

/** A title without its English or Chinese text; `missing` is 'en', 'zh' or 'both'. */
export function findMissingTranslations(input: ConflictInput): Conflict[] {
  return input.items.flatMap((item) => {
    const noEn = item.title.en.trim() === '';
    const noZh = item.title.zh.trim() === '';
    if (!noEn && !noZh) return [];
    return [conflict('missing_translation', [item.id], { missing: noEn && noZh ? 'both' : noEn ? 'en' : 'zh' })];
  });
}

/** All checks, ordered by the start of each conflict's first item, then by rule (stable). */
export function findConflicts(input: ConflictInput): Conflict[] {
  const starts = new Map(prepare(input).ordered.map((t) => [t.item.id, t.start]));
  const all = [
    ...findAttendeeOverlaps(input),
    ...findSiteDoubleBookings(input),
    ...findOutsideLeg(input),
    ...findEndBeforeStart(input),
    ...findTravelGaps(input),
    ...findMissingInterpreters(input),
    ...findMissingTranslations(input),
  ];
  return all.sort((x, y) => (starts.get(x.itemIds[0]) ?? 0) - (starts.get(y.itemIds[0]) ?? 0));
}

export function conflictsForItem(conflicts: Conflict[], itemId: string): Conflict[] {
  return conflicts.filter((c) => c.itemIds.includes(itemId));
}
