import { EARTH_RADIUS_KM } from '@chiiki/core/geo';
import { assignExact, lapjv } from './solver.js';
import { normalizeList, normalizeNeed, normalizeOffer } from './normalize.js';
import { DAYS, type Day, type Match, type MatchOptions, type MatchProblem, type MatchResult, type Need, type Offer, type PairRef, type Unmatched } from './model.js';

const RAD = Math.PI / 180;
const KM_PER_DEGREE = EARTH_RADIUS_KM * RAD;

/**
 * Precision: distances are compared with the limits exactly (double-precision haversine), then
 * rounded to whole metres for the objective and for every reported `km`. The objective is therefore
 * exact integer arithmetic: the least total of the metre-rounded distances.
 */
export const toMetres = (km: number) => Math.round(km * 1000);

const dayMask = (days: Day[] | undefined) => (days ?? []).reduce((m, d) => m | (1 << DAYS.indexOf(d)), 0);
const pairKey = (needId: string, offerId: string, category: string) => `${needId}\u0000${offerId}\u0000${category}`;

/** Progress callback and cancellation for long runs. */
export interface RunControl {
  onProgress?: (done: number, total: number) => void;
}

interface Side {
  lat: number; // NaN when missing
  lng: number;
  /** Unit vector of the point: the haversine's `a` is a quarter of the squared chord. */
  x: number;
  y: number;
  z: number;
  district: string;
  days: number;
}

function side(record: Need | Offer): Side {
  const has = record.lat !== undefined && record.lng !== undefined;
  const lat = has ? record.lat! : NaN;
  const lng = has ? record.lng! : NaN;
  const cl = Math.cos(lat * RAD);
  return { lat, lng, x: cl * Math.cos(lng * RAD), y: cl * Math.sin(lng * RAD), z: Math.sin(lat * RAD), district: record.district ?? '', days: dayMask(record.days) };
}

/** Haversine distance from unit vectors: 2R·asin(chord / 2), the same formula without trigonometry per pair. */
function sideKm(a: Side, b: Side): number {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  const dz = a.z - b.z;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(dx * dx + dy * dy + dz * dz) / 2));
}

/** The allowed km of a pair (rules of §5 except category/capacity), or -1 when not allowed; `why` says which rule failed. */
function pairKm(need: Side, offer: Side, limit: number): { km: number; why?: 'days' | 'distance' } {
  if (need.days && offer.days && !(need.days & offer.days)) return { km: -1, why: 'days' };
  if (Number.isNaN(need.lat) || Number.isNaN(offer.lat)) {
    return need.district && need.district === offer.district ? { km: 0 } : { km: -1, why: 'distance' };
  }
  const km = sideKm(need, offer);
  return km <= limit ? { km } : { km: -1, why: 'distance' };
}

/**
 * A step-wise run of the engine: yields `{ done, total }` (candidate pairs built, then rows solved:
 * `total` is twice the number of pairs to solve) while solving and returns the result. Use
 * `matchSupport` for a plain call; the worker and the main-thread fallback drive this generator.
 */
export function* matchSupportSteps(needsInput: unknown, offersInput: unknown, options: MatchOptions = {}): Generator<{ done: number; total: number }, MatchResult, void> {
  const problems: MatchProblem[] = [];
  const needs = normalizeList(needsInput, 'needs', normalizeNeed, problems);
  const offers = normalizeList(offersInput, 'offers', normalizeOffer, problems);
  const defaultLimit = typeof options.maxKm === 'number' && options.maxKm >= 0 ? options.maxKm : Infinity;

  const needSide = needs.map(side);
  const offerSide = offers.map(side);
  const offerLimit = offers.map((o) => (typeof o.maxKm === 'number' ? o.maxKm : defaultLimit));
  const offerIndex = new Map(offers.map((o, i) => [o.id, i]));
  const needIndex = new Map(needs.map((n, i) => [n.id, i]));
  const capacity = new Int32Array(offers.length);
  offers.forEach((o, i) => (capacity[i] = o.capacity ?? 1));

  // Offers by category: all of them, the located ones in a grid, the others by district.
  const byCategory = new Map<string, number[]>();
  offers.forEach((o, i) => {
    for (const c of o.categories) {
      let list = byCategory.get(c);
      if (!list) byCategory.set(c, (list = []));
      list.push(i);
    }
  });

  const excluded = new Set<string>();
  for (const [index, ref] of (options.excluded ?? []).entries()) {
    if (!validRef(ref)) {
      problems.push({ list: 'excluded', row: index + 1, field: '', reason: 'invalid-record', value: ref, severity: 'error' });
      continue;
    }
    excluded.add(pairKey(String(ref.needId), String(ref.offerId), String(ref.category)));
  }

  // Fixed pairs: kept when the need asks for the category, the offer lists it, the rules allow the
  // pair, the pair is not served twice and the offer has capacity left.
  const fixedKm = new Map<string, number>(); // need\0category → km
  const fixedMatch = new Map<string, Match>();
  for (const [index, ref] of (options.fixed ?? []).entries()) {
    const row = index + 1;
    if (!validRef(ref)) {
      problems.push({ list: 'fixed', row, field: '', reason: 'invalid-record', value: ref, severity: 'error' });
      continue;
    }
    const ni = needIndex.get(String(ref.needId));
    const oi = offerIndex.get(String(ref.offerId));
    const category = String(ref.category);
    const bad = (field: string, value: unknown) => problems.push({ list: 'fixed', row, field, reason: 'invalid-value', value, severity: 'error' });
    if (ni === undefined) bad('needId', ref.needId);
    else if (oi === undefined) bad('offerId', ref.offerId);
    else if (!needs[ni].categories.includes(category) || !offers[oi].categories.includes(category)) bad('category', category);
    else if (fixedMatch.has(`${ni}\u0000${category}`)) bad('category', category);
    else if (capacity[oi] <= 0) bad('offerId', ref.offerId);
    else {
      const { km } = pairKm(needSide[ni], offerSide[oi], offerLimit[oi]);
      if (km < 0) bad('offerId', ref.offerId);
      else {
        capacity[oi]--;
        fixedKm.set(`${ni}\u0000${category}`, km);
        fixedMatch.set(`${ni}\u0000${category}`, { needId: needs[ni].id, offerId: offers[oi].id, category, km: toMetres(km) / 1000 });
      }
    }
  }

  // Rows: the (need, category) pairs still to serve, in input order.
  const rowNeed: number[] = [];
  const rowCategory: string[] = [];
  let total = 0;
  const anyFixed = fixedMatch.size > 0;
  needs.forEach((n, ni) => {
    for (const c of n.categories) {
      total++;
      if (!anyFixed || !fixedMatch.has(`${ni}\u0000${c}`)) {
        rowNeed.push(ni);
        rowCategory.push(c);
      }
    }
  });
  const rows = rowNeed.length;

  // The fully dense case (every pair allowed, no limit, no days, nothing excluded, enough slots):
  // straight to LAPJV on the slot matrix, without building candidate lists.
  const direct = directDense(rows, rowNeed, rowCategory, needSide, offers, offerSide, offerLimit, capacity, excluded.size);
  if (direct) {
    yield { done: rows, total: 2 * rows };
    return finish(direct.colOf, (r) => direct.metres[r], () => true);
  }

  // Candidate edges, pruned spatially: per category, a grid with cells as large as the largest finite
  // limit; offers without a limit or without coordinates are kept aside.
  const grids = new Map<string, CategoryIndex>();
  const indexFor = (category: string) => {
    let index = grids.get(category);
    if (!index) grids.set(category, (index = buildIndex(byCategory.get(category) ?? [], offerSide, offerLimit)));
    return index;
  };
  const start = new Int32Array(rows + 1);
  const ctx = edgeContext(offers, offerSide, offerLimit, capacity);
  const buf: EdgeBuffer = { col: new Int32Array(Math.max(16, rows * 4)), cost: new Float64Array(Math.max(16, rows * 4)), n: 0, keys: new Float64Array(64) };
  const candidates: number[] = [];
  for (let r = 0; r < rows; r++) {
    if ((r & 1023) === 1023) yield { done: r, total: 2 * rows };
    start[r] = buf.n;
    const ni = rowNeed[r];
    const category = rowCategory[r];
    candidates.length = 0;
    indexFor(category).near(needSide[ni], candidates);
    rowEdges(candidates, needSide[ni], ctx, buf, excluded.size ? (oi) => excluded.has(pairKey(needs[ni].id, offers[oi].id, category)) : undefined);
  }
  const nEdges = buf.n;
  start[rows] = nEdges;
  const col = buf.col;
  const cost = buf.cost;

  const dense = denseAssign(rows, offers.length, capacity, start, col, cost);
  let colOf: Int32Array;
  if (dense) colOf = dense;
  else {
    const steps = assignExact({ rows, cols: offers.length, capacity, start, col: col.subarray(0, nEdges), cost: cost.subarray(0, nEdges), sorted: true }, 256);
    let step = steps.next();
    while (!step.done) {
      yield { done: rows + step.value, total: 2 * rows };
      step = steps.next();
    }
    colOf = step.value;
  }
  yield { done: 2 * rows, total: 2 * rows };
  return finish(
    colOf,
    (r, j) => {
      for (let e = start[r]; e < start[r + 1]; e++) if (col[e] === j) return cost[e];
      return 0;
    },
    (r) => start[r + 1] > start[r],
  );

  /** Results in input order: need, then its categories. */
  function finish(colOf: Int32Array, metresOf: (row: number, col: number) => number, hasEdge: (row: number) => boolean): MatchResult {
  const matches: Match[] = [];
  const unmatched: Unmatched[] = [];
  let totalMetres = 0;
  // The rows are the pairs without a fixed match in this same order: row r is the r-th such pair.
  let r = 0;
  needs.forEach((n, ni) => {
    for (const category of n.categories) {
      if (anyFixed) {
        const key = `${ni}\u0000${category}`;
        const fixed = fixedMatch.get(key);
        if (fixed) {
          matches.push(fixed);
          totalMetres += toMetres(fixedKm.get(key)!);
          continue;
        }
      }
      const j = colOf[r];
      if (j >= 0) {
        const metres = metresOf(r, j);
        totalMetres += metres;
        matches.push({ needId: n.id, offerId: offers[j].id, category, km: metres / 1000 });
      } else {
        const reason = hasEdge(r) ? 'capacity' : reasonFor(ni, category);
        unmatched.push(reason === 'excluded' ? { needId: n.id, category, reason: 'capacity', excluded: true } : { needId: n.id, category, reason });
      }
      r++;
    }
  });

  /** The reason of §5, or `excluded` (reported as `capacity` with `excluded: true`). */
  function reasonFor(ni: number, category: string): Unmatched['reason'] | 'excluded' {
    const list = byCategory.get(category) ?? [];
    if (list.length === 0) return 'no-offer-in-category';
    const need = needSide[ni];
    let daysOk = false;
    let allowed = false;
    for (const oi of list) {
      const { km, why } = pairKm(need, offerSide[oi], offerLimit[oi]);
      if (why !== 'days') daysOk = true;
      if (km >= 0) {
        allowed = true;
        if (!excluded.has(pairKey(needs[ni].id, offers[oi].id, category))) return 'capacity';
      }
    }
    if (!daysOk) return 'days';
    if (!allowed) return 'distance';
    return 'excluded';
  }

  return { matches, unmatched, problems, stats: { served: matches.length, total, totalKm: totalMetres / 1000 } };
  }
}

/**
 * The exact matcher of PRODUCT.md §5: the most (need, category) pairs served, then the least total
 * km. Never throws for bad records: they are reported in `problems`.
 */
export function matchSupport(needs: unknown, offers: unknown, options: MatchOptions = {}): MatchResult {
  const steps = matchSupportSteps(needs, offers, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

function validRef(ref: unknown): ref is PairRef {
  if (!ref || typeof ref !== 'object') return false;
  const r = ref as Record<string, unknown>;
  const ok = (v: unknown) => (typeof v === 'string' && v !== '') || typeof v === 'number';
  return ok(r.needId) && ok(r.offerId) && ok(r.category);
}

interface CategoryIndex {
  /** Appends the offers that may be within reach of `need` (a superset; exact checks follow). */
  near(need: Side, out: number[]): void;
}

/**
 * Candidates for one category. With coordinates on both sides, only offers within their limit can
 * match: a grid with cells at least as large as the largest finite limit (in degrees at the highest
 * latitude, so never too small) means only the 3 × 3 cells around the need hold candidates.
 */
function buildIndex(list: number[], offers: Side[], limits: number[]): CategoryIndex {
  const unlimited: number[] = []; // located, no finite limit
  const byDistrict = new Map<string, number[]>(); // every offer with a district
  const unlocatedByDistrict = new Map<string, number[]>();
  const located: number[] = [];
  let maxLimit = 0;
  let maxAbsLat = 0;
  for (const oi of list) {
    const o = offers[oi];
    if (o.district) {
      let l = byDistrict.get(o.district);
      if (!l) byDistrict.set(o.district, (l = []));
      l.push(oi);
    }
    if (Number.isNaN(o.lat)) {
      if (o.district) {
        let l = unlocatedByDistrict.get(o.district);
        if (!l) unlocatedByDistrict.set(o.district, (l = []));
        l.push(oi);
      }
      continue;
    }
    if (limits[oi] === Infinity) unlimited.push(oi);
    else {
      located.push(oi);
      maxLimit = Math.max(maxLimit, limits[oi]);
      maxAbsLat = Math.max(maxAbsLat, Math.abs(o.lat));
    }
  }
  // Cell size in degrees, with a small margin for rounding.
  const cellLat = Math.max(maxLimit, 0.001) / KM_PER_DEGREE * 1.001;
  // A need within reach of an offer lies at most maxLimit further from the equator than the offer.
  const reachLat = Math.min(maxAbsLat + Math.max(maxLimit, 0.001) / KM_PER_DEGREE + 0.5, 89);
  const cellLng = Math.max(maxLimit, 0.001) / (KM_PER_DEGREE * Math.cos(reachLat * RAD)) * 1.001;
  const grid = new Map<number, number[]>();
  for (const oi of located) {
    const key = Math.floor(offers[oi].lat / cellLat) * 4194304 + Math.floor(offers[oi].lng / cellLng);
    let l = grid.get(key);
    if (!l) grid.set(key, (l = []));
    l.push(oi);
  }
  return {
    near(need, out) {
      if (Number.isNaN(need.lat)) {
        // Only same-district offers can match (at 0 km).
        if (need.district) for (const oi of byDistrict.get(need.district) ?? []) out.push(oi);
        return;
      }
      const cy = Math.floor(need.lat / cellLat);
      const cx = Math.floor(need.lng / cellLng);
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const l = grid.get((cy + dy) * 4194304 + cx + dx);
          if (l) for (const oi of l) out.push(oi);
        }
      for (const oi of unlimited) out.push(oi);
      if (need.district) for (const oi of unlocatedByDistrict.get(need.district) ?? []) out.push(oi);
    },
  };
}

/** Largest square matrix the dense specialisation builds (2,048² costs = 32 MB). */
const DENSE_MAX_SLOTS = 2048;

/**
 * The dense path's metres matrix, kept between calls up to 1,024² costs (4 MB): allocating and first
 * touching a fresh 4 MB array (page faults) cost 10–25 ms of CPU here, more than filling it.
 */
let denseBuffer: Float32Array | undefined;
const DENSE_KEEP = 1024 * 1024;

/**
 * The dense specialisation: when every row may take every offer with capacity (no limit, district or
 * day rule removed any pair) and there are at least as many slots as rows, every row is served and
 * the problem is a plain square assignment over slots (rows padded with zero-cost dummies), solved by
 * LAPJV. Returns `undefined` when it does not apply.
 */
function denseAssign(rows: number, cols: number, capacity: Int32Array, start: Int32Array, col: Int32Array, cost: Float64Array): Int32Array | undefined {
  if (rows === 0) return undefined;
  let active = 0;
  let slots = 0;
  for (let j = 0; j < cols; j++) {
    if (capacity[j] > 0) {
      active++;
      slots += capacity[j];
    }
  }
  if (slots < rows || slots > DENSE_MAX_SLOTS) return undefined;
  for (let r = 0; r < rows; r++) if (start[r + 1] - start[r] !== active) return undefined;
  const slotCol = new Int32Array(slots);
  const firstSlot = new Int32Array(cols).fill(-1);
  for (let j = 0, s = 0; j < cols; j++) {
    if (capacity[j] <= 0) continue;
    firstSlot[j] = s;
    for (let k = 0; k < capacity[j]; k++) slotCol[s++] = j;
  }
  const matrix = new Float64Array(slots * slots);
  for (let r = 0; r < rows; r++) {
    const base = r * slots;
    for (let e = start[r]; e < start[r + 1]; e++) {
      const j = col[e];
      for (let k = 0; k < capacity[j]; k++) matrix[base + firstSlot[j] + k] = cost[e];
    }
  }
  const rowsol = lapjv(slots, matrix);
  const colOf = new Int32Array(rows);
  for (let r = 0; r < rows; r++) colOf[r] = slotCol[rowsol[r]];
  return colOf;
}

/**
 * The fully dense case, detected without building candidate lists: every pair to solve is located,
 * every offer with capacity lists every pair's category, is located, has no distance limit and no
 * days, nothing is excluded and slots ≥ pairs. Then every pair may take every slot: LAPJV on the
 * slot matrix. Returns `undefined` when it does not apply.
 */
function directDense(
  rows: number,
  rowNeed: number[],
  rowCategory: string[],
  needSide: Side[],
  offers: Offer[],
  offerSide: Side[],
  offerLimit: number[],
  capacity: Int32Array,
  excludedCount: number,
): { colOf: Int32Array; metres: Float64Array } | undefined {
  if (rows === 0 || excludedCount > 0) return undefined;
  const cols = offers.length;
  // The offers with capacity, as unit vectors in typed arrays (the loop below runs rows × offers times).
  const active: number[] = [];
  let slots = 0;
  for (let j = 0; j < cols; j++) {
    if (capacity[j] <= 0) continue;
    const o = offerSide[j];
    if (Number.isNaN(o.lat) || o.days || offerLimit[j] !== Infinity) return undefined;
    active.push(j);
    slots += capacity[j];
  }
  if (slots < rows || slots > DENSE_MAX_SLOTS) return undefined;
  const categories = new Set(rowCategory);
  for (const j of active) for (const c of categories) if (!offers[j].categories.includes(c)) return undefined;
  for (let r = 0; r < rows; r++) if (Number.isNaN(needSide[rowNeed[r]].lat)) return undefined;
  const m = active.length;
  const ox = new Float64Array(m);
  const oy = new Float64Array(m);
  const oz = new Float64Array(m);
  const cap = new Int32Array(m);
  const slotCol = new Int32Array(slots);
  for (let a = 0, s = 0; a < m; a++) {
    const o = offerSide[active[a]];
    ox[a] = o.x;
    oy[a] = o.y;
    oz[a] = o.z;
    cap[a] = capacity[active[a]];
    for (let k = 0; k < cap[a]; k++) slotCol[s++] = active[a];
  }
  const single = slots === m; // every capacity is 1: one slot per offer
  // Metres below 2^24 (16,777 km: anywhere in Japan) are exact in 32-bit floats. The same formula as
  // sideKm / toMetres, so the dense and the general paths agree to the metre.
  const size = slots * slots;
  let matrix: Float32Array;
  if (size <= DENSE_KEEP) {
    if (!denseBuffer || denseBuffer.length < size) denseBuffer = new Float32Array(size);
    matrix = denseBuffer.subarray(0, size);
    matrix.fill(0, rows * slots); // the padding rows (slots beyond the pairs) cost 0
  } else matrix = new Float32Array(size);
  for (let r = 0; r < rows; r++) {
    const need = needSide[rowNeed[r]];
    if (!metresRow(matrix, r * slots, need.x, need.y, need.z, ox, oy, oz, cap, single)) return undefined;
  }
  const rowsol = lapjv(slots, matrix);
  const colOf = new Int32Array(rows);
  const metres = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    colOf[r] = slotCol[rowsol[r]];
    metres[r] = matrix[r * slots + rowsol[r]];
  }
  return { colOf, metres };
}

/**
 * One row of the dense path's metres matrix (the need at unit vector x, y, z against every active
 * offer, each repeated over its slots) from `base`; false when a distance does not fit a 32-bit
 * float exactly. Its own function, called once per row, so that V8 optimises it as a whole within
 * the first call and later calls start in optimised code.
 */
function metresRow(matrix: Float32Array, base: number, x: number, y: number, z: number, ox: Float64Array, oy: Float64Array, oz: Float64Array, cap: Int32Array, single: boolean): boolean {
  const twoR = 2 * EARTH_RADIUS_KM;
  const m = ox.length;
  for (let a = 0, s = base; a < m; a++) {
    const dx = x - ox[a];
    const dy = y - oy[a];
    const dz = z - oz[a];
    const h = Math.sqrt(dx * dx + dy * dy + dz * dz) / 2;
    let metres: number;
    if (h < 0.01) {
      // Within 127 km: asin by its series to h^9 (the next term is below 1e-21 relative, far under
      // the double's rounding) and round by truncation, both much cheaper than Math.asin and
      // Math.round here. The two values differ by < 1e-9 m, so they round to the same metre unless
      // the value is near a half metre: then the exact formula decides (about 2 pairs in 10,000).
      const h2 = h * h;
      const v = twoR * (h * (1 + h2 * (1 / 6 + h2 * (3 / 40 + h2 * (5 / 112 + h2 * (35 / 1152)))))) * 1000;
      metres = (v + 0.5) | 0;
      const f = v - metres;
      if (f > 0.4999 || f < -0.4999) metres = Math.round(twoR * Math.asin(h) * 1000);
    } else {
      metres = Math.round(twoR * Math.asin(Math.min(1, h)) * 1000);
      if (metres >= 16777216) return false;
    }
    if (single) matrix[s++] = metres;
    else for (let k = cap[a]; k > 0; k--) matrix[s++] = metres;
  }
  return true;
}

/** The offers' fields the edge loop reads, in typed arrays. */
interface EdgeContext {
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
  located: Uint8Array;
  days: Int32Array;
  /** The squared chord of the offer's limit (with a hair of margin; the km check is exact). */
  chord2: Float64Array;
  limit: Float64Array;
  capacity: Int32Array;
  district: string[];
}

interface EdgeBuffer {
  col: Int32Array;
  cost: Float64Array;
  n: number;
  keys: Float64Array;
}

function edgeContext(offers: Offer[], sides: Side[], limits: number[], capacity: Int32Array): EdgeContext {
  const m = offers.length;
  const ctx: EdgeContext = {
    x: new Float64Array(m),
    y: new Float64Array(m),
    z: new Float64Array(m),
    located: new Uint8Array(m),
    days: new Int32Array(m),
    chord2: new Float64Array(m),
    limit: new Float64Array(m),
    capacity,
    district: sides.map((o) => o.district),
  };
  sides.forEach((o, i) => {
    ctx.x[i] = o.x;
    ctx.y[i] = o.y;
    ctx.z[i] = o.z;
    ctx.located[i] = Number.isNaN(o.lat) ? 0 : 1;
    ctx.days[i] = o.days;
    const l = limits[i];
    ctx.limit[i] = l;
    ctx.chord2[i] = l === Infinity ? Infinity : (2 * Math.sin(Math.min(l, Math.PI * EARTH_RADIUS_KM) / (2 * EARTH_RADIUS_KM))) ** 2 * (1 + 1e-9);
  });
  return ctx;
}

/**
 * Appends one row's allowed edges (every rule of §5 but capacity use) to `buf`, sorted by cost
 * (whole metres), then column. A plain function, outside the generator, so that V8 optimises it.
 */
function rowEdges(candidates: number[], need: Side, ctx: EdgeContext, buf: EdgeBuffer, isExcluded?: (oi: number) => boolean): void {
  const { x, y, z, located, days, chord2, limit, capacity } = ctx;
  const needDays = need.days;
  const needLocated = !Number.isNaN(need.lat);
  const nx = need.x;
  const ny = need.y;
  const nz = need.z;
  const first = buf.n;
  if (buf.col.length - first < candidates.length) {
    const size = Math.max(buf.col.length * 2, first + candidates.length);
    const c2 = new Int32Array(size);
    c2.set(buf.col);
    buf.col = c2;
    const k2 = new Float64Array(size);
    k2.set(buf.cost);
    buf.cost = k2;
  }
  if (buf.keys.length < candidates.length) buf.keys = new Float64Array(candidates.length * 2);
  const keys = buf.keys;
  let n = 0;
  for (let k = 0; k < candidates.length; k++) {
    const oi = candidates[k];
    if (capacity[oi] <= 0) continue;
    if (needDays && days[oi] && !(needDays & days[oi])) continue;
    let metres = 0;
    if (needLocated && located[oi]) {
      const dx = nx - x[oi];
      const dy = ny - y[oi];
      const dz = nz - z[oi];
      const c2 = dx * dx + dy * dy + dz * dz;
      if (c2 > chord2[oi]) continue;
      const km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(c2) / 2));
      if (km > limit[oi]) continue;
      metres = toMetres(km);
    } else if (!need.district || need.district !== ctx.district[oi]) continue;
    if (isExcluded && isExcluded(oi)) continue;
    keys[n++] = metres * 2097152 + oi;
  }
  // Insertion sort for the usual short lists, the typed-array sort for long ones.
  if (n > 48) keys.subarray(0, n).sort();
  else {
    for (let i = 1; i < n; i++) {
      const v = keys[i];
      let j = i - 1;
      while (j >= 0 && keys[j] > v) {
        keys[j + 1] = keys[j];
        j--;
      }
      keys[j + 1] = v;
    }
  }
  const { col, cost } = buf;
  for (let i = 0; i < n; i++) {
    const v = keys[i];
    const c = Math.floor(v / 2097152);
    cost[first + i] = c;
    col[first + i] = v - c * 2097152;
  }
  buf.n = first + n;
}

