// Rough door-to-door travel time between two sites, for spotting itineraries with too little time to move.
import type { TransportMode } from './vocabulary';

export interface Coordinates {
  latitude: number;
  longitude: number;
}

/** Average door-to-door speeds, km/h. */
export const MODE_SPEED_KMH: Record<TransportMode, number> = {
  walk: 4.5,
  car: 30,
  coach: 25,
  metro: 25,
  train: 60,
  high_speed_train: 200,
  flight: 500,
  boat: 20,
};

/** Roads and rails are longer than the great circle. Flights are not, so they get no detour. */
export const DETOUR_FACTOR = 1.3;
/** Getting in and out of any vehicle (or the building). */
export const BOARDING_MINUTES = 10;
/** Check-in, security and baggage on top of the flight itself. */
export const AIRPORT_MINUTES = 60;
const ROUND_TO_MINUTES = 5;
const EARTH_RADIUS_KM = 6371;

export function haversineKm(from: Coordinates, to: Coordinates): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(to.latitude - from.latitude);
  const dLon = rad(to.longitude - from.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(from.latitude)) * Math.cos(rad(to.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Estimated minutes from one point to another by the given mode, rounded up to 5 minutes. */
export function estimateTravelMinutes(from: Coordinates, to: Coordinates, mode: TransportMode): number {
  const km = haversineKm(from, to) * (mode === 'flight' ? 1 : DETOUR_FACTOR);
  const minutes = (km / MODE_SPEED_KMH[mode]) * 60 + BOARDING_MINUTES + (mode === 'flight' ? AIRPORT_MINUTES : 0);
  return Math.ceil(minutes / ROUND_TO_MINUTES) * ROUND_TO_MINUTES;
}

/** A site's coordinates, or null when either is unknown. */
export function coordinatesOf(site: { latitude: number | null; longitude: number | null }): Coordinates | null {
  return site.latitude === null || site.longitude === null
    ? null
    : { latitude: site.latitude, longitude: site.longitude };
}
