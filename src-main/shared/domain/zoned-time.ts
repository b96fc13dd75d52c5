// Wall-clock time in a named IANA zone → absolute instant (epoch milliseconds), without a zone library.
// Intl.DateTimeFormat tells us what a zone's clock reads at an instant; the difference is the offset.
import { minutesOfDay } from './dates';

const formatters = new Map<string, Intl.DateTimeFormat>();

function clockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = {
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    };
    try {
      formatter = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    } catch {
      // An unknown zone must not break the whole check; treat it as UTC.
      formatter = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Minutes the zone's clock is ahead of UTC at the given instant (Beijing: 480). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const f: Record<string, number> = {};
  for (const part of clockFormatter(timeZone).formatToParts(instant)) f[part.type] = Number(part.value);
  const wallAsUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour % 24, f.minute, f.second);
  return Math.round((wallAsUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant at which clocks in `timeZone` show `date` `time`.
 * The second pass corrects the guess when the offset differs on either side of a DST change;
 * a time skipped by a spring-forward change lands just after the change.
 */
export function zonedTimeToInstant(date: string, time: string, timeZone: string): number {
  // Itineraries repeat the same few dates and times; asking Intl is the slow part.
  const key = `${timeZone}|${date}|${time}`;
  const known = instants.get(key);
  if (known !== undefined) return known;
  if (instants.size > 100_000) instants.clear();
  const instant = computeInstant(date, time, timeZone);
  instants.set(key, instant);
  return instant;
}

const instants = new Map<string, number>();

function computeInstant(date: string, time: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d) + minutesOfDay(time) * 60_000;
  const guess = wall - zoneOffsetMinutes(wall, timeZone) * 60_000;
  return wall - zoneOffsetMinutes(guess, timeZone) * 60_000;
}
