/**
 * `@chiiki/support-matcher/engine`: the exact needs ↔ offers matcher of PRODUCT.md §5, without DOM
 * (runs in a worker, in Node and on the main thread).
 */
export * from './model.js';
export { matchSupport, matchSupportSteps, haversineKm, toMetres, EARTH_RADIUS_KM } from './match.js';
export { normalizeNeed, normalizeOffer, normalizeList, splitList, categoryCode, dayCode } from './normalize.js';
export type { Report } from './normalize.js';
export { assign, lapjv } from './solver.js';
export type { AssignmentInput } from './solver.js';
