// Pure rules for placing itinerary items: which leg a date belongs to, moving an item while keeping
// its length, and the next free slot for a new item with a sensible default length for its kind.
import type { ItineraryItem, Leg } from '../contract/entities';
import { minutesOfDay, timeOfMinutes } from './dates';
import type { ItemKind } from './vocabulary';

/** Default length, in minutes, of a new item of each kind. */
export const DEFAULT_MINUTES: Record<ItemKind, number> = {
  institutional_meeting: 60,
  working_session: 90,
  roundtable: 90,
  seminar: 120,
  webinar: 90,
  forum: 180,
  workshop: 120,
  site_visit: 90,
  mou_signing: 30,
  welcome_dinner: 120,
  breakfast: 60,
  lunch: 75,
  dinner: 90,
  transfer: 45,
  flight: 180,
  high_speed_train: 150,
  hotel_checkin: 30,
  cultural: 120,
  free_time: 60,
};

export const DAY_START = '09:00';
const LAST_START = 23 * 60;

/** The leg a date falls in; when legs share a date (a travel day), the later leg wins. */
export function legForDate(legs: Leg[], date: string): Leg | undefined {
  return [...legs].reverse().find((leg) => leg.startDate <= date && date <= leg.endDate);
}

/** The item's length in minutes, counting a next-day end. */
export function durationMinutes(item: Pick<ItineraryItem, 'startTime' | 'endTime' | 'endsNextDay'>): number {
  return minutesOfDay(item.endTime) - minutesOfDay(item.startTime) + (item.endsNextDay ? 24 * 60 : 0);
}

/** Moves an item to a new date and start time, keeping its length (it may then end the next day). */
export function moveKeepingLength<T extends Pick<ItineraryItem, 'startTime' | 'endTime' | 'endsNextDay' | 'date'>>(
  item: T,
  date: string,
  startTime: string,
): T {
  const end = minutesOfDay(startTime) + Math.max(0, durationMinutes(item));
  return {
    ...item,
    date,
    startTime,
    endTime: timeOfMinutes(end % (24 * 60)),
    endsNextDay: end >= 24 * 60,
  };
}

/**
 * The first gap on a day that fits the kind's default length, starting at 09:00 and after the last
 * item that ends before the gap; the end of the day's last item if nothing fits earlier.
 */
export function nextFreeSlot(
  dayItems: Array<Pick<ItineraryItem, 'startTime' | 'endTime' | 'endsNextDay'>>,
  kind: ItemKind,
): { startTime: string; endTime: string } {
  const length = DEFAULT_MINUTES[kind];
  const busy = dayItems
    .map((i) => [minutesOfDay(i.startTime), i.endsNextDay ? 24 * 60 : minutesOfDay(i.endTime)] as const)
    .sort((a, b) => a[0] - b[0]);
  let start = minutesOfDay(DAY_START);
  for (const [from, to] of busy) {
    if (to <= start) continue;
    if (from >= start + length) break;
    start = Math.max(start, to);
  }
  start = Math.min(start, LAST_START);
  return { startTime: timeOfMinutes(start), endTime: timeOfMinutes(Math.min(start + length, 24 * 60 - 1)) };
}

export interface LegOverlap {
  legId: string;
  otherLegId: string;
  /** The dates both legs claim. */
  from: string;
  to: string;
}

/**
 * Legs that claim the same dates. One shared day where a leg ends and the next begins is a travel
 * day and is fine; any more, or a leg inside another, leaves days with two host places.
 * Reported once per pair, on the later-starting leg.
 */
export function legOverlaps(legs: Pick<Leg, 'id' | 'startDate' | 'endDate'>[]): LegOverlap[] {
  const ordered = [...legs].sort(
    (a, b) => a.startDate.localeCompare(b.startDate) || a.endDate.localeCompare(b.endDate),
  );
  const found: LegOverlap[] = [];
  ordered.forEach((earlier, i) => {
    for (const later of ordered.slice(i + 1)) {
      const from = later.startDate;
      const to = earlier.endDate < later.endDate ? earlier.endDate : later.endDate;
      if (from > to) continue;
      const travelDay = from === to && earlier.endDate === later.startDate && earlier.startDate < later.startDate;
      if (!travelDay) found.push({ legId: later.id, otherLegId: earlier.id, from, to });
    }
  });
  return found;
}
