// One visit's conflicts, kept current item by item. Rechecking a whole visit after every edit costs
// time proportional to its size; here an edit rechecks only what it can change: the item's own rules,
// the items overlapping it, its neighbours in each attendee's schedule, and other visits' bookings of
// its site. Results equal findConflicts over the same items (a property test holds them to it).
// Changes to anything else (legs, delegations, members, sites, places, settings) need a new index.
import {
  attendeeOverlap,
  compareSortKeys,
  compareTimed,
  ConflictSetting,
  crossVisitBooking,
  itemConflicts,
  MAX_SPAN_MS,
  overlaps,
  siteDoubleBooking,
  sortKeyOf,
  timed,
  travelGap,
  type Attendance,
  type Conflict,
  type ConflictInput,
  type ConflictSortKey,
  type OtherVisitItem,
  type Timed,
} from './conflict-rules';
import type { ItineraryItem } from '../contract/entities';

type TimedOther = Timed<OtherVisitItem>;

/** Index of `t` in a list kept in running order (or where it would go). */
function positionOf<T extends Timed<OtherVisitItem | ItineraryItem>>(list: T[], t: T): number {
  let [low, high] = [0, list.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareTimed(list[middle], t) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** First index whose item starts at or after `instant`. */
function firstStartingFrom(list: Timed[], instant: number): number {
  let [low, high] = [0, list.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle].start < instant) low = middle + 1;
    else high = middle;
  }
  return low;
}

const pairKey = (a: Timed, b: Timed) => `${a.item.id}\u0000${b.item.id}`;

interface ConsecutivePair {
  /** In how many attendees' schedules the two items follow each other. */
  schedules: number;
  conflict: Conflict | null;
}

export class ConflictIndex {
  private readonly setting: ConflictSetting;
  private readonly entries = new Map<string, Timed>();
  /** The visit's items in running order. */
  private readonly ordered: Timed[] = [];
  private readonly attendance = new Map<string, Attendance>();
  private readonly ofItem = new Map<string, Conflict[]>();
  /** Overlapping pairs with conflicts, and each item's keys into it. */
  private readonly ofOverlap = new Map<string, Conflict[]>();
  private readonly overlapKeys = new Map<string, Set<string>>();
  /** Each attendee's schedule in running order; a pair consecutive in any of them is checked for travel. */
  private readonly schedules = new Map<string, Timed[]>();
  private readonly consecutive = new Map<Timed, Map<Timed, ConsecutivePair>>();
  private readonly others = new Map<string, TimedOther>();
  private readonly othersBySite = new Map<string, Set<TimedOther>>();
  private readonly ofCrossVisit = new Map<string, Conflict[]>();
  /** Every current conflict with its place in the list; the list is merged, not re-sorted, after edits. */
  private readonly live = new Map<Conflict, ConflictSortKey>();
  private sorted: Conflict[] | null = null;
  private added: Conflict[] = [];
  private readonly dropped = new Set<Conflict>();

  constructor(input: ConflictInput) {
    this.setting = new ConflictSetting(input);
    const ownIds = new Set(input.items.map((item) => item.id));
    for (const other of input.otherVisitsItems ?? []) if (!ownIds.has(other.id)) this.addOther(other);
    // Built in one sweep rather than item by item: sorting once is far cheaper than inserting.
    for (const item of input.items) {
      const t = timed(item, this.setting.timeZoneOf(item));
      this.entries.set(item.id, t);
      this.ordered.push(t);
      this.attendance.set(item.id, this.setting.attendanceOf(item));
    }
    this.ordered.sort(compareTimed);
    this.ordered.forEach((a, i) => {
      this.checkItem(a);
      for (let j = i + 1; j < this.ordered.length && this.ordered[j].start < a.end; j++) {
        this.checkOverlap(a, this.ordered[j]);
      }
      for (const key of this.attendance.get(a.item.id)!) {
        const schedule = this.schedules.get(key) ?? [];
        if (schedule.length > 0) this.link(schedule[schedule.length - 1], a);
        schedule.push(a);
        this.schedules.set(key, schedule);
      }
    });
  }

  /** The visit's conflicts, in findConflicts' order. */
  conflicts(): Conflict[] {
    const byKey = (x: Conflict, y: Conflict) => compareSortKeys(this.live.get(x)!, this.live.get(y)!);
    if (!this.sorted) {
      this.sorted = [...this.live.keys()].sort(byKey);
    } else if (this.added.length > 0 || this.dropped.size > 0) {
      const kept = this.sorted.filter((c) => !this.dropped.has(c));
      const fresh = this.added.filter((c) => this.live.has(c)).sort(byKey);
      this.sorted = [];
      let k = 0;
      for (const c of fresh) {
        while (k < kept.length && byKey(kept[k], c) < 0) this.sorted.push(kept[k++]);
        this.sorted.push(c);
      }
      this.sorted.push(...kept.slice(k));
    }
    this.added = [];
    this.dropped.clear();
    return [...this.sorted];
  }

  /** Adds the visit's items, or replaces them with their new versions. */
  upsertItems(items: ItineraryItem[]): void {
    for (const item of items) {
      this.removeItem(item.id);
      this.insertItem(item);
    }
  }

  /** Adds or replaces other visits' items; their bookings of this visit's sites are rechecked. */
  upsertOtherVisitItems(others: OtherVisitItem[]): void {
    for (const other of others) {
      if (this.entries.has(other.id)) continue;
      this.recheckCrossVisitAround(this.removeOther(other.id));
      this.recheckCrossVisitAround(this.addOther(other));
    }
  }

  /** Forgets items by id, whether of this visit or another. */
  removeItems(ids: Iterable<string>): void {
    for (const id of ids) {
      this.removeItem(id);
      this.recheckCrossVisitAround(this.removeOther(id));
    }
  }

  private insertItem(item: ItineraryItem): void {
    const t = timed(item, this.setting.timeZoneOf(item));
    const attendance = this.setting.attendanceOf(item);
    this.entries.set(item.id, t);
    this.attendance.set(item.id, attendance);
    this.ordered.splice(positionOf(this.ordered, t), 0, t);
    this.checkItem(t);
    for (const other of this.overlappingInVisit(t)) {
      if (compareTimed(t, other) < 0) this.checkOverlap(t, other);
      else this.checkOverlap(other, t);
    }
    for (const key of attendance) {
      const schedule = this.schedules.get(key) ?? [];
      this.schedules.set(key, schedule);
      const at = positionOf(schedule, t);
      const [previous, next] = [schedule[at - 1], schedule[at]];
      schedule.splice(at, 0, t);
      if (previous && next) this.unlink(previous, next);
      if (previous) this.link(previous, t);
      if (next) this.link(t, next);
    }
  }

  private removeItem(id: string): void {
    const t = this.entries.get(id);
    if (!t) return;
    this.ordered.splice(positionOf(this.ordered, t), 1);
    this.drop(this.ofItem.get(id));
    this.ofItem.delete(id);
    this.drop(this.ofCrossVisit.get(id));
    this.ofCrossVisit.delete(id);
    for (const key of this.overlapKeys.get(id) ?? []) {
      this.drop(this.ofOverlap.get(key));
      this.ofOverlap.delete(key);
      for (const pairedId of key.split('\u0000')) if (pairedId !== id) this.overlapKeys.get(pairedId)?.delete(key);
    }
    this.overlapKeys.delete(id);
    for (const key of this.attendance.get(id)!) {
      const schedule = this.schedules.get(key)!;
      const at = positionOf(schedule, t);
      const [previous, next] = [schedule[at - 1], schedule[at + 1]];
      schedule.splice(at, 1);
      if (previous) this.unlink(previous, t);
      if (next) this.unlink(t, next);
      if (previous && next) this.link(previous, next);
      if (schedule.length === 0) this.schedules.delete(key);
    }
    this.entries.delete(id);
    this.attendance.delete(id);
  }

  /** The visit's items overlapping `t` in time (found from the running order: no item spans more than MAX_SPAN_MS). */
  private overlappingInVisit(t: Timed<OtherVisitItem | ItineraryItem>): Timed[] {
    const found: Timed[] = [];
    for (let i = firstStartingFrom(this.ordered, t.start - MAX_SPAN_MS); i < this.ordered.length; i++) {
      const candidate = this.ordered[i];
      if (candidate.start >= t.end) break;
      if (candidate.item.id !== t.item.id && overlaps(candidate, t)) found.push(candidate);
    }
    return found;
  }

  private checkItem(t: Timed): void {
    const found = itemConflicts(t.item, this.attendance.get(t.item.id)!, this.setting);
    if (found.length > 0) this.ofItem.set(t.item.id, this.keep(found));
    this.checkCrossVisit(t);
  }

  private checkOverlap(a: Timed, b: Timed): void {
    const [ofA, ofB] = [this.attendance.get(a.item.id)!, this.attendance.get(b.item.id)!];
    const found = [attendeeOverlap(a, b, ofA, ofB), siteDoubleBooking(a, b, ofA, ofB, this.setting)].filter(
      (c): c is Conflict => c !== null,
    );
    if (found.length === 0) return;
    const key = pairKey(a, b);
    this.ofOverlap.set(key, this.keep(found));
    for (const id of [a.item.id, b.item.id]) {
      const keys = this.overlapKeys.get(id) ?? new Set<string>();
      keys.add(key);
      this.overlapKeys.set(id, keys);
    }
  }

  private checkCrossVisit(t: Timed): void {
    const atSite = this.othersBySite.get(t.item.siteId ?? '') ?? [];
    const found = [...atSite].flatMap((other) => crossVisitBooking(t, other, this.setting) ?? []);
    this.drop(this.ofCrossVisit.get(t.item.id));
    if (found.length > 0) this.ofCrossVisit.set(t.item.id, this.keep(found));
    else this.ofCrossVisit.delete(t.item.id);
  }

  private recheckCrossVisitAround(other: TimedOther | null): void {
    if (!other) return;
    for (const t of this.overlappingInVisit(other)) if (t.item.siteId === other.item.siteId) this.checkCrossVisit(t);
  }

  private addOther(other: OtherVisitItem): TimedOther {
    const t = timed(other, other.timeZone);
    this.others.set(other.id, t);
    const atSite = this.othersBySite.get(other.siteId ?? '') ?? new Set<TimedOther>();
    atSite.add(t);
    this.othersBySite.set(other.siteId ?? '', atSite);
    return t;
  }

  private removeOther(id: string): TimedOther | null {
    const t = this.others.get(id);
    if (!t) return null;
    this.others.delete(id);
    this.othersBySite.get(t.item.siteId ?? '')?.delete(t);
    return t;
  }

  /** `a` and `b` are now consecutive in one more attendee's schedule. */
  private link(a: Timed, b: Timed): void {
    const fromA = this.consecutive.get(a) ?? new Map<Timed, ConsecutivePair>();
    this.consecutive.set(a, fromA);
    const pair = fromA.get(b);
    if (pair) {
      pair.schedules++;
      return;
    }
    const conflict = travelGap(a, b, this.setting);
    if (conflict) this.keep([conflict]);
    fromA.set(b, { schedules: 1, conflict });
  }

  private unlink(a: Timed, b: Timed): void {
    const fromA = this.consecutive.get(a)!;
    const pair = fromA.get(b)!;
    if (--pair.schedules > 0) return;
    if (pair.conflict) this.drop([pair.conflict]);
    fromA.delete(b);
    if (fromA.size === 0) this.consecutive.delete(a);
  }

  private keep(found: Conflict[]): Conflict[] {
    for (const c of found) {
      this.live.set(
        c,
        sortKeyOf(c, (id) => this.entries.get(id)!.start),
      );
      if (this.sorted) this.added.push(c);
    }
    return found;
  }

  private drop(found: Conflict[] | undefined): void {
    for (const c of found ?? []) {
      this.live.delete(c);
      if (this.sorted) this.dropped.add(c);
    }
  }
}
