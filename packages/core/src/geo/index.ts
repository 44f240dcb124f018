/** Geo helpers (PRODUCT.md §3, §5): great-circle distance, walking time, bounds. No map library needed. */

export interface LatLng {
  lat: number;
  lng: number;
}

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Mean Earth radius (km), as §5 fixes for the matcher. */
export const EARTH_RADIUS_KM = 6371;

/** An older person's walking pace (§3): 60 m per minute. */
export const WALKING_METERS_PER_MINUTE = 60;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle (haversine) distance in km between two points, R = 6371 km. */
export function haversineKm(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Walking minutes for a straight-line distance at 60 m/min, rounded up (at least 1 for any distance > 0). */
export function walkingMinutes(km: number): number {
  if (!(km > 0)) return 0;
  return Math.ceil((km * 1000) / WALKING_METERS_PER_MINUTE);
}

/** Whether a value is a usable point (finite lat/lng). */
export function hasPoint(value: Partial<LatLng> | null | undefined): value is LatLng {
  return !!value && Number.isFinite(value.lat) && Number.isFinite(value.lng);
}

/** The smallest bounds around the points that have coordinates; `undefined` when none has. */
export function boundsOf(points: Iterable<Partial<LatLng>>): Bounds | undefined {
  let bounds: Bounds | undefined;
  for (const p of points) if (hasPoint(p)) bounds = extendBounds(bounds, p);
  return bounds;
}

/** Bounds grown to include a point (a new bounds object; the input is not changed). */
export function extendBounds(bounds: Bounds | undefined, p: LatLng): Bounds {
  if (!bounds) return { south: p.lat, west: p.lng, north: p.lat, east: p.lng };
  return {
    south: Math.min(bounds.south, p.lat),
    west: Math.min(bounds.west, p.lng),
    north: Math.max(bounds.north, p.lat),
    east: Math.max(bounds.east, p.lng),
  };
}

/** Whether a point lies inside bounds (edges included). */
export function containsPoint(bounds: Bounds, p: LatLng): boolean {
  return p.lat >= bounds.south && p.lat <= bounds.north && p.lng >= bounds.west && p.lng <= bounds.east;
}

/** The centre of bounds. */
export function boundsCenter(bounds: Bounds): LatLng {
  return { lat: (bounds.south + bounds.north) / 2, lng: (bounds.west + bounds.east) / 2 };
}

/** Bounds grown by `km` on every side (for "within 1 km" pre-filters before an exact distance). */
export function padBounds(bounds: Bounds, km: number): Bounds {
  const dLat = km / 111.32;
  const mid = rad((bounds.south + bounds.north) / 2);
  const dLng = km / (111.32 * Math.max(Math.cos(mid), 1e-6));
  return { south: bounds.south - dLat, west: bounds.west - dLng, north: bounds.north + dLat, east: bounds.east + dLng };
}

/** Parses "lat,lng" (the `near` / `center` attributes); `undefined` when not two finite numbers. */
export function parseLatLng(text: string | null | undefined): LatLng | undefined {
  if (!text) return undefined;
  const parts = text.normalize('NFKC').split(/[,\s]+/).filter(Boolean).map(Number);
  if (parts.length !== 2 || !parts.every(Number.isFinite)) return undefined;
  const [lat, lng] = parts as [number, number];
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return undefined;
  return { lat, lng };
}
