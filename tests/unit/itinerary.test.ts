import { describe, expect, it } from 'vitest';
import type { Leg } from '../../src-main/shared/contract/entities';
import {
  durationMinutes,
  legForDate,
  legOverlaps,
  moveKeepingLength,
  nextFreeSlot,
} from '../../src-main/shared/domain/itinerary';
import { leg, place } from '../helpers/conflict-fixtures';

const BJ = place('beijing', 'china', 'Asia/Shanghai');
const legs: Leg[] = [leg('beijing', BJ, '2023-07-02', '2023-07-04'), leg('zhengzhou', BJ, '2023-07-04', '2023-07-05')];
const span = (startDate: string, endDate: string, id = `${startDate}/${endDate}`) => ({ id, startDate, endDate });
const slot = (startTime: string, endTime: string, endsNextDay = false) => ({ startTime, endTime, endsNextDay });

describe('legForDate', () => {
  it('finds the leg of a date, the later leg on a shared travel day, none outside', () => {
    expect(legForDate(legs, '2023-07-02')?.id).toBe('beijing');
    expect(legForDate(legs, '2023-07-04')?.id).toBe('zhengzhou');
    expect(legForDate(legs, '2023-07-06')).toBeUndefined();
  });
});

describe('durationMinutes and moveKeepingLength', () => {
  it('counts an end on the next day', () => {
    expect(durationMinutes(slot('09:00', '10:30'))).toBe(90);
    expect(durationMinutes(slot('23:00', '01:00', true))).toBe(120);
  });

  it('keeps the length when moving, ending the next day if it must', () => {
    const item = { date: '2023-07-02', ...slot('09:00', '10:30') };
    expect(moveKeepingLength(item, '2023-07-03', '14:00')).toEqual({
      date: '2023-07-03',
      ...slot('14:00', '15:30'),
    });
    expect(moveKeepingLength(item, '2023-07-03', '23:30')).toEqual({
      date: '2023-07-03',
      ...slot('23:30', '01:00', true),
    });
  });
});

describe('nextFreeSlot', () => {
  it('starts an empty day at 09:00 with the kind’s default length', () => {
    expect(nextFreeSlot([], 'working_session')).toEqual({ startTime: '09:00', endTime: '10:30' });
  });

  it('takes the first gap long enough, else the end of the last item', () => {
    const day = [slot('09:00', '10:00'), slot('10:30', '12:00'), slot('14:00', '15:00')];
    expect(nextFreeSlot(day, 'mou_signing')).toEqual({ startTime: '10:00', endTime: '10:30' });
    expect(nextFreeSlot(day, 'working_session')).toEqual({ startTime: '12:00', endTime: '13:30' });
    expect(nextFreeSlot(day, 'seminar')).toEqual({ startTime: '12:00', endTime: '14:00' }); // fits exactly
    expect(nextFreeSlot(day, 'forum')).toEqual({ startTime: '15:00', endTime: '18:00' });
  });

  it('never starts after 23:00 nor ends past midnight', () => {
    expect(nextFreeSlot([slot('09:00', '23:50')], 'dinner')).toEqual({ startTime: '23:00', endTime: '23:59' });
  });
});

describe('legOverlaps', () => {
  it('accepts legs one after another, and one shared travel day', () => {
    expect(legOverlaps([span('2023-07-02', '2023-07-03'), span('2023-07-04', '2023-07-05')])).toEqual([]);
    expect(legOverlaps([span('2023-07-02', '2023-07-04'), span('2023-07-04', '2023-07-05')])).toEqual([]);
  });

  it('reports more than one shared day, and a leg inside another, on the later leg', () => {
    expect(legOverlaps([span('2023-07-04', '2023-07-06', 'b'), span('2023-07-02', '2023-07-05', 'a')])).toEqual([
      { legId: 'b', otherLegId: 'a', from: '2023-07-04', to: '2023-07-05' },
    ]);
    expect(legOverlaps([span('2023-07-02', '2023-07-07', 'a'), span('2023-07-03', '2023-07-03', 'b')])).toEqual([
      { legId: 'b', otherLegId: 'a', from: '2023-07-03', to: '2023-07-03' },
    ]);
  });

  it('reports two legs on the same single day, and each pair once', () => {
    expect(legOverlaps([span('2023-07-03', '2023-07-03', 'a'), span('2023-07-03', '2023-07-03', 'b')])).toHaveLength(1);
    const three = [
      span('2023-07-02', '2023-07-05', 'a'),
      span('2023-07-03', '2023-07-06', 'b'),
      span('2023-07-04', '2023-07-08', 'c'),
    ];
    expect(legOverlaps(three).map((o) => `${o.legId}>${o.otherLegId}`)).toEqual(['b>a', 'c>a', 'c>b']);
  });
});
