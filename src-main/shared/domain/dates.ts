// Calendar arithmetic on plain YYYY-MM-DD strings and HH:MM wall-clock times.
// Dates are local to a leg; they never pass through a JavaScript Date in local time.
import { addDays, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = parseISO(value);
  return isValid(d) && format(d, 'yyyy-MM-dd') === value;
}

export function isValidLocalTime(value: string): boolean {
  return LOCAL_TIME.test(value);
}

export function isValidTimeZone(zone: string): boolean {
  if (!zone || !zone.includes('/')) return zone === 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function addDaysToIsoDate(date: string, days: number): string {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

/** Inclusive list of dates from start to end; empty when end precedes start. */
export function datesBetween(start: string, end: string): string[] {
  const count = differenceInCalendarDays(parseISO(end), parseISO(start));
  return Array.from({ length: Math.max(0, count + 1) }, (_, i) => addDaysToIsoDate(start, i));
}

export function dayCount(start: string, end: string): number {
  return Math.max(0, differenceInCalendarDays(parseISO(end), parseISO(start)) + 1);
}

export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

export function timeOfMinutes(minutes: number): string {
  const clamped = Math.max(0, Math.min(23 * 60 + 59, Math.round(minutes)));
  const h = Math.floor(clamped / 60);
  const m = clamped % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
