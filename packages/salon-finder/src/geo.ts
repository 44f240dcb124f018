/**
 * Straight-line distances for the finder. Local helpers: `@chiiki/core` has no geo module yet
 * (packages/core/src/geo is empty); replace with core's once it lands.
 */

/** A point chosen by the resident (or `near`). */
export interface LatLng {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_KM = 6371;
/** An older person's walking pace (PRODUCT.md §3): 60 m per minute. */
export const WALKING_METRES_PER_MINUTE = 60;

/** Great-circle (haversine) distance in km. */
export function haversineKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Walking minutes for a straight-line distance, rounded up, at least 1. */
export function walkingMinutes(km: number): number {
  return Math.max(1, Math.ceil((km * 1000) / WALKING_METRES_PER_MINUTE));
}

/** Parses "lat,lng" (attribute values such as `near` and `center`); `undefined` when not a point in range. */
export function parseLatLng(text: string | null | undefined): LatLng | undefined {
  const parts = (text ?? '').split(',').map((p) => Number(p.trim()));
  if (parts.length !== 2 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [lat, lng] = parts as [number, number];
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return undefined;
  return { lat, lng };
}
