// Pure helpers for showing an itinerary: kinds grouped for colour, times, home time zones, grouping by day.
import type { ItineraryItem, Leg } from '../../../../src-main/shared/contract/entities';
import { addDaysToIsoDate, datesBetween, isValidLocalTime } from '../../../../src-main/shared/domain/dates';
import { legForDate } from '../../../../src-main/shared/domain/itinerary';
import type { ItemKind } from '../../../../src-main/shared/domain/vocabulary';
import { zonedTimeToInstant, zoneOffsetMinutes } from '../../../../src-main/shared/domain/zoned-time';

export type KindGroup = 'meeting' | 'visit' | 'meal' | 'travel' | 'other';

const GROUPS: Record<ItemKind, KindGroup> = {
  institutional_meeting: 'meeting',
  working_session: 'meeting',
  roundtable: 'meeting',
  seminar: 'meeting',
  webinar: 'meeting',
  forum: 'meeting',
  workshop: 'meeting',
  mou_signing: 'meeting',
  site_visit: 'visit',
  cultural: 'visit',
  welcome_dinner: 'meal',
  breakfast: 'meal',
  lunch: 'meal',
  dinner: 'meal',
  transfer: 'travel',
  flight: 'travel',
  high_speed_train: 'travel',
  hotel_checkin: 'other',
  free_time: 'other',
};

export const kindGroup = (kind: ItemKind): KindGroup => GROUPS[kind];

/** Kinds that move people; they carry a transport mode. */
export const JOURNEY_KINDS: ReadonlySet<ItemKind> = new Set<ItemKind>(['transfer', 'flight', 'high_speed_train']);

/** "9:30", "930", "09.30", "9" → "09:30", "09:30", "09:30", "09:00"; null when it cannot be a time. */
export function normaliseTime(input: string): string | null {
  const raw = input.trim().replace(/[.：h]/g, ':');
  let match = /^(\d{1,2}):(\d{2})$/.exec(raw);
  if (!match && /^\d{3,4}$/.test(raw)) match = /^(\d{1,2})(\d{2})$/.exec(raw);
  if (!match && /^\d{1,2}$/.test(raw)) match = [raw, raw, '00'] as unknown as RegExpExecArray;
  if (!match) return null;
  const time = `${match[1].padStart(2, '0')}:${match[2]}`;
  return isValidLocalTime(time) ? time : null;
}

/** "UTC+8", "UTC+5:30", "UTC−3", "UTC" at noon of the date in the zone. */
export function utcOffsetLabel(timeZone: string, date: string): string {
  const minutes = zoneOffsetMinutes(zonedTimeToInstant(date, '12:00', timeZone), timeZone);
  if (minutes === 0) return '';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

const clocks = new Map<string, Intl.DateTimeFormat>();
function clockIn(timeZone: string): Intl.DateTimeFormat {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    clocks.set(timeZone, clock);
  }
  return clock;
}

/** What clocks in `homeZone` show when clocks in `localZone` show `date` `time`; dayShift is −1, 0 or +1. */
export function timeInZone(
  date: string,
  time: string,
  localZone: string,
  homeZone: string,
): { time: string; dayShift: number } {
  const parts: Record<string, string> = {};
  for (const part of clockIn(homeZone).formatToParts(zonedTimeToInstant(date, time, localZone)))
    parts[part.type] = part.value;
  const homeDate = `${parts.year}-${parts.month}-${parts.day}`;
  const dayShift = homeDate === date ? 0 : homeDate === addDaysToIsoDate(date, -1) ? -1 : homeDate > date ? 1 : -1;
  return { time: `${parts.hour}:${parts.minute}`, dayShift };
}

export interface Day {
  date: string;
  /** 1 for the visit's first day; null before it. */
  number: number | null;
  items: ItineraryItem[];
}

export interface LegGroup {
  key: string;
  leg: Leg | null;
  days: Day[];
}

const byTime = (a: ItineraryItem, b: ItineraryItem) =>
  a.startTime.localeCompare(b.startTime) ||
  Number(a.endsNextDay) - Number(b.endsNextDay) ||
  a.endTime.localeCompare(b.endTime) ||
  a.id.localeCompare(b.id);

/**
 * The visit's days grouped by leg, in date order: every day of every leg (a shared travel day
 * belongs to the later leg), plus any date that has items outside the legs. O(n log n).
 */
export function groupByLeg(legs: Leg[], items: ItineraryItem[]): LegGroup[] {
  const byDate = new Map<string, ItineraryItem[]>();
  for (const item of items) {
    const list = byDate.get(item.date);
    if (list) list.push(item);
    else byDate.set(item.date, [item]);
  }
  const dates = new Set<string>(byDate.keys());
  for (const leg of legs) for (const date of datesBetween(leg.startDate, leg.endDate)) dates.add(date);
  const first = legs.reduce<string | null>((min, leg) => (!min || leg.startDate < min ? leg.startDate : min), null);
  const dayNumbers = first
    ? new Map(datesBetween(first, [...dates].sort().at(-1) ?? first).map((d, i) => [d, i + 1]))
    : null;

  const groups: Array<LegGroup & { legKey: string }> = [];
  for (const date of [...dates].sort()) {
    const leg = legForDate(legs, date) ?? null;
    const legKey = leg ? leg.id : 'outside';
    const day: Day = { date, number: dayNumbers?.get(date) ?? null, items: (byDate.get(date) ?? []).sort(byTime) };
    const last = groups.at(-1);
    if (last && last.legKey === legKey) last.days.push(day);
    else groups.push({ key: `${legKey}-${date}`, legKey, leg, days: [day] });
  }
  return groups;
}
