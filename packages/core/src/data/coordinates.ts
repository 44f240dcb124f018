import type { ReportProblem } from './load.js';

/** Japan's bounding box used for the coordinate checks of PRODUCT.md §2. */
export const JAPAN_BOUNDS = { south: 20, north: 46, west: 122, east: 154 } as const;

const inLat = (v: number) => v >= JAPAN_BOUNDS.south && v <= JAPAN_BOUNDS.north;
const inLng = (v: number) => v >= JAPAN_BOUNDS.west && v <= JAPAN_BOUNDS.east;
const PLACEHOLDERS = new Set([0, 999, -999, 9999, -9999]);

/** A coordinate as published: a number, or a number written as text (full width allowed). NaN when not a number. */
function toNumber(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const t = value.normalize('NFKC').trim();
    return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : NaN;
  }
  return NaN;
}

/**
 * Checks a record's coordinates (PRODUCT.md §2) and returns the usable pair, or `{}` (listed without a
 * map pin). Swapped lat/lng are fixed with a `coordinates-swapped` warning; missing, text, 0 / 999
 * placeholders and points outside Japan (lat 20–46, lng 122–154) are warnings. Never an error.
 * Pair problems are reported on the field `lat`; a text value on its own field.
 */
export function checkCoordinates(latValue: unknown, lngValue: unknown, report: ReportProblem): { lat?: number; lng?: number } {
  const lat = toNumber(latValue);
  const lng = toNumber(lngValue);
  const shown = `${String(latValue ?? '')}, ${String(lngValue ?? '')}`;
  if (Number.isNaN(lat) || Number.isNaN(lng)) {
    if (Number.isNaN(lat)) report('lat', 'invalid-type', latValue);
    if (Number.isNaN(lng)) report('lng', 'invalid-type', lngValue);
    return {};
  }
  if (lat === undefined || lng === undefined) {
    report('lat', 'coordinates-missing', shown);
    return {};
  }
  if (PLACEHOLDERS.has(lat) || PLACEHOLDERS.has(lng)) {
    report('lat', 'coordinates-placeholder', shown);
    return {};
  }
  if (inLat(lat) && inLng(lng)) return { lat, lng };
  if (inLat(lng) && inLng(lat)) {
    report('lat', 'coordinates-swapped', shown);
    return { lat: lng, lng: lat };
  }
  report('lat', 'coordinates-out-of-japan', shown);
  return {};
}
