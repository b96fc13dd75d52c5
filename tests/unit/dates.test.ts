import { describe, expect, it } from 'vitest';
import {
  addDaysToIsoDate,
  datesBetween,
  dayCount,
  isValidIsoDate,
  isValidLocalTime,
  isValidTimeZone,
  minutesOfDay,
  timeOfMinutes,
} from '../../src-main/shared/domain/dates';

describe('calendar dates', () => {
  it('accepts only real dates in YYYY-MM-DD', () => {
    expect(isValidIsoDate('2023-07-02')).toBe(true);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2023-7-2')).toBe(false);
    expect(isValidIsoDate('2023-07-02T10:00')).toBe(false);
  });

  it('adds days across month and year ends', () => {
    expect(addDaysToIsoDate('2023-07-31', 1)).toBe('2023-08-01');
    expect(addDaysToIsoDate('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDaysToIsoDate('2023-07-09', -7)).toBe('2023-07-02');
  });

  it('lists the days of a leg inclusively', () => {
    expect(datesBetween('2023-07-02', '2023-07-03')).toEqual(['2023-07-02', '2023-07-03']);
    expect(datesBetween('2023-07-03', '2023-07-02')).toEqual([]);
    expect(dayCount('2023-07-02', '2023-07-07')).toBe(6);
  });
});

describe('wall-clock times and zones', () => {
  it('accepts 24-hour HH:MM only', () => {
    expect(isValidLocalTime('00:00')).toBe(true);
    expect(isValidLocalTime('23:59')).toBe(true);
    expect(isValidLocalTime('24:00')).toBe(false);
    expect(isValidLocalTime('9:30')).toBe(false);
  });

  it('converts between minutes and times', () => {
    expect(minutesOfDay('09:30')).toBe(570);
    expect(timeOfMinutes(570)).toBe('09:30');
    expect(timeOfMinutes(24 * 60 + 5)).toBe('23:59');
  });

  it('knows IANA zones', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Europe/Rome')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
