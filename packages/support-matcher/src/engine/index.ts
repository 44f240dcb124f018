/**
 * `@chiiki/support-matcher/engine`: the exact needs ↔ offers matcher of PRODUCT.md §5, without DOM
 * (runs in a worker, in Node and on the main thread).
 */
export * from './model.js';
export { matchSupport, matchSupportSteps, toMetres } from './match.js';
// Distances of §5 (R = 6371 km) from core's DOM-free geo module, so the worker needs no Lit or i18next.
export { haversineKm, EARTH_RADIUS_KM } from '@chiiki/core/geo';
export { normalizeNeed, normalizeOffer, normalizeList, splitList, categoryCode, dayCode } from './normalize.js';
export type { Report } from './normalize.js';
export { assign, assignExact, lapjv } from './solver.js';
export type { AssignmentInput } from './solver.js';
