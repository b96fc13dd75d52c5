import { describe, it, expect } from 'vitest';
import { coordinatesOf, estimateTravelMinutes, haversineKm } from '../../src-main/shared/domain/travel';

const SHOUGANG = { latitude: 39.911, longitude: 116.162 };
const ZHONGGUANCUN = { latitude: 39.98, longitude: 116.31 };
const BEIJING = { latitude: 39.9042, longitude: 116.4074 };
const SHANGHAI = { latitude: 31.2304, longitude: 121.4737 };

describe('haversineKm', () => {
  it('measures the great-circle distance', () => {
    expect(haversineKm(SHOUGANG, ZHONGGUANCUN)).toBeCloseTo(14.77, 2);
    expect(haversineKm(BEIJING, SHANGHAI)).toBeCloseTo(1067.3, 1);
  });

  it('is zero for the same point and symmetric', () => {
    expect(haversineKm(SHOUGANG, SHOUGANG)).toBe(0);
    expect(haversineKm(ZHONGGUANCUN, SHOUGANG)).toBeCloseTo(haversineKm(SHOUGANG, ZHONGGUANCUN), 9);
  });
});

describe('estimateTravelMinutes', () => {
  it('applies the detour factor, the mode speed and 10 minutes boarding, rounded up to 5', () => {
    // 14.77 km × 1.3 = 19.2 km; by coach at 25 km/h 46.1 min + 10 → 60.
    expect(estimateTravelMinutes(SHOUGANG, ZHONGGUANCUN, 'coach')).toBe(60);
    // by car at 30 km/h 38.4 min + 10 → 50; on foot 256 min + 10 → 270.
    expect(estimateTravelMinutes(SHOUGANG, ZHONGGUANCUN, 'car')).toBe(50);
    expect(estimateTravelMinutes(SHOUGANG, ZHONGGUANCUN, 'walk')).toBe(270);
  });

  it('adds the airport overhead to flights and no detour', () => {
    // 1067 km at 500 km/h = 128 min + 60 airport + 10 → 200.
    expect(estimateTravelMinutes(BEIJING, SHANGHAI, 'flight')).toBe(200);
    // by high-speed train: 1067 × 1.3 at 200 km/h = 416 min + 10 → 430.
    expect(estimateTravelMinutes(BEIJING, SHANGHAI, 'high_speed_train')).toBe(430);
  });

  it('needs only the boarding time for the same point, without rounding it up', () => {
    expect(estimateTravelMinutes(SHOUGANG, SHOUGANG, 'metro')).toBe(10);
  });
});

describe('coordinatesOf', () => {
  it('returns null when either coordinate is unknown', () => {
    expect(coordinatesOf({ latitude: 39.9, longitude: null })).toBeNull();
    expect(coordinatesOf({ latitude: null, longitude: 116.4 })).toBeNull();
    expect(coordinatesOf({ latitude: 0, longitude: 0 })).toEqual({ latitude: 0, longitude: 0 });
  });
});
