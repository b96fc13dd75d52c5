// Itinerary checks over a whole visit: pure functions over its items and their context. The rules
// themselves live in conflict-rules.ts; conflict-index.ts keeps the same results up to date edit by edit.
import {
  attendeeOverlap,
  compareTimed,
  ConflictSetting,
  crossVisitBooking,
  endBeforeStart,
  missingInterpreter,
  missingTranslation,
  outsideLeg,
  siteDoubleBooking,
  sortConflicts,
  timed,
  travelGap,
  type Attendance,
  type Conflict,
  type ConflictInput,
  type OtherVisitItem,
  type Timed,
} from './conflict-rules';

export {
  DEFAULT_MINIMUM_BUFFER_MINUTES,
  RULE_SEVERITY,
  type Conflict,
  type ConflictInput,
  type ConflictRule,
  type ConflictSeverity,
  type OtherVisitItem,
} from './conflict-rules';

interface Prepared {
  setting: ConflictSetting;
  /** The visit's items in running order. */
  ordered: Timed[];
  attendance: Map<string, Attendance>;
}

/** Every rule needs the same timed, ordered items; findConflicts computes them once per input. */
const preparedInputs = new WeakMap<ConflictInput, Prepared>();

function prepare(input: ConflictInput): Prepared {
  let prepared = preparedInputs.get(input);
  if (!prepared) {
    const setting = new ConflictSetting(input);
    const ordered = input.items.map((item) => timed(item, setting.timeZoneOf(item))).sort(compareTimed);
    const attendance = new Map(input.items.map((item) => [item.id, setting.attendanceOf(item)]));
    prepared = { setting, ordered, attendance };
    preparedInputs.set(input, prepared);
  }
  return prepared;
}

/** Every overlapping pair, the earlier item first. */
function overlappingPairs(ordered: Timed[]): Array<[Timed, Timed]> {
  const pairs: Array<[Timed, Timed]> = [];
  ordered.forEach((a, i) => {
    for (let j = i + 1; j < ordered.length && ordered[j].start < a.end; j++) pairs.push([a, ordered[j]]);
  });
  return pairs;
}

const present = (c: Conflict | null): c is Conflict => c !== null;

export function findAttendeeOverlaps(input: ConflictInput): Conflict[] {
  const { ordered, attendance } = prepare(input);
  return overlappingPairs(ordered)
    .map(([a, b]) => attendeeOverlap(a, b, attendance.get(a.item.id)!, attendance.get(b.item.id)!))
    .filter(present);
}

/** Same-site overlaps within the visit and against other visits' items. */
export function findSiteDoubleBookings(input: ConflictInput): Conflict[] {
  const { setting, ordered, attendance } = prepare(input);
  const within = overlappingPairs(ordered).map(([a, b]) =>
    siteDoubleBooking(a, b, attendance.get(a.item.id)!, attendance.get(b.item.id)!, setting),
  );
  const othersBySite = new Map<string, Timed<OtherVisitItem>[]>();
  const ownIds = new Set(input.items.map((item) => item.id));
  for (const other of input.otherVisitsItems ?? []) {
    if (ownIds.has(other.id)) continue;
    const atSite = othersBySite.get(other.siteId ?? '') ?? [];
    atSite.push(timed(other, other.timeZone));
    othersBySite.set(other.siteId ?? '', atSite);
  }
  const across = ordered.flatMap((a) =>
    (othersBySite.get(a.item.siteId ?? '') ?? []).map((other) => crossVisitBooking(a, other, setting)),
  );
  return [...within, ...across].filter(present);
}

export function findOutsideLeg(input: ConflictInput): Conflict[] {
  const { setting } = prepare(input);
  return input.items.map((item) => outsideLeg(item, setting)).filter(present);
}

export function findEndBeforeStart(input: ConflictInput): Conflict[] {
  return input.items.map(endBeforeStart).filter(present);
}

/** Consecutive items in any attendee's own schedule, each pair checked once. */
export function findTravelGaps(input: ConflictInput): Conflict[] {
  const { setting, ordered, attendance } = prepare(input);
  const schedules = new Map<string, Timed[]>();
  for (const t of ordered) {
    for (const key of attendance.get(t.item.id)!) {
      const schedule = schedules.get(key);
      if (schedule) schedule.push(t);
      else schedules.set(key, [t]);
    }
  }
  // Everyone attending the same items gives identical schedules: check each pair once.
  const position = new Map(ordered.map((t, i) => [t, i]));
  const checked = new Set<number>();
  const found: Conflict[] = [];
  for (const schedule of schedules.values()) {
    for (let i = 1; i < schedule.length; i++) {
      const pairKey = position.get(schedule[i - 1])! * ordered.length + position.get(schedule[i])!;
      if (checked.has(pairKey)) continue;
      checked.add(pairKey);
      const gap = travelGap(schedule[i - 1], schedule[i], setting);
      if (gap) found.push(gap);
    }
  }
  return found;
}

export function findMissingInterpreters(input: ConflictInput): Conflict[] {
  const { setting, attendance } = prepare(input);
  return input.items.map((item) => missingInterpreter(item, attendance.get(item.id)!, setting)).filter(present);
}

export function findMissingTranslations(input: ConflictInput): Conflict[] {
  return input.items.map(missingTranslation).filter(present);
}

/** All checks, ordered by the start of each conflict's first item, then by rule, then by items. */
export function findConflicts(input: ConflictInput): Conflict[] {
  const starts = new Map(prepare(input).ordered.map((t) => [t.item.id, t.start]));
  return sortConflicts(
    [
      ...findAttendeeOverlaps(input),
      ...findSiteDoubleBookings(input),
      ...findOutsideLeg(input),
      ...findEndBeforeStart(input),
      ...findTravelGaps(input),
      ...findMissingInterpreters(input),
      ...findMissingTranslations(input),
    ],
    (id) => starts.get(id) ?? 0,
  );
}

export function conflictsForItem(conflicts: Conflict[], itemId: string): Conflict[] {
  return conflicts.filter((c) => c.itemIds.includes(itemId));
}
