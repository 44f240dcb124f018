import { expect } from '@open-wc/testing';
import { assign, assignExact, lapjv, matchSupport, type AssignmentInput } from '../src/engine/index.js';
import { rng } from './brute-force.js';

/** A random bipartite instance in CSR form: ties (few distinct costs), capacities 0–3, rows without edges. */
function randomGraph(seed: number, maxRows = 9, maxCols = 7): AssignmentInput {
  const r = rng(seed);
  const rows = 1 + Math.floor(r() * maxRows);
  const cols = 1 + Math.floor(r() * maxCols);
  const capacity = new Int32Array(cols);
  for (let j = 0; j < cols; j++) capacity[j] = Math.floor(r() * 4) === 0 ? 0 : 1 + Math.floor(r() * 3 * r());
  const density = r();
  const distinct = 1 + Math.floor(r() * 6);
  const start = new Int32Array(rows + 1);
  const col: number[] = [];
  const cost: number[] = [];
  for (let i = 0; i < rows; i++) {
    start[i] = col.length;
    for (let j = 0; j < cols; j++) {
      if (capacity[j] > 0 && r() < density) {
        col.push(j);
        cost.push(Math.floor(r() * distinct) * 137);
      }
    }
  }
  start[rows] = col.length;
  return { rows, cols, capacity, start, col: Int32Array.from(col), cost: Float64Array.from(cost) };
}

const copy = (g: AssignmentInput): AssignmentInput => ({ ...g, capacity: g.capacity.slice(), start: g.start.slice(), col: g.col.slice(), cost: g.cost.slice() });

function run(gen: Generator<number, Int32Array, void>): Int32Array {
  let step = gen.next();
  while (!step.done) step = gen.next();
  return step.value;
}

/** Served rows and total cost of a solution; throws when it breaks an edge or a capacity. */
function score(g: AssignmentInput, colOf: Int32Array): [number, number] {
  const used = new Int32Array(g.cols);
  let served = 0;
  let total = 0;
  for (let i = 0; i < g.rows; i++) {
    const j = colOf[i];
    if (j < 0) continue;
    let c = -1;
    for (let e = g.start[i]; e < g.start[i + 1]; e++) if (g.col[e] === j) c = c < 0 ? g.cost[e] : Math.min(c, g.cost[e]);
    if (c < 0) throw new Error(`row ${i} took column ${j} without an edge`);
    if (++used[j] > g.capacity[j]) throw new Error(`column ${j} over capacity`);
    served++;
    total += c;
  }
  return [served, total];
}

/** Exhaustive optimum: most rows served, then least cost. */
function brute(g: AssignmentInput): [number, number] {
  const used = new Int32Array(g.cols);
  let best: [number, number] = [0, 0];
  const go = (i: number, served: number, total: number) => {
    if (i === g.rows) {
      if (served > best[0] || (served === best[0] && total < best[1])) best = [served, total];
      return;
    }
    go(i + 1, served, total);
    for (let e = g.start[i]; e < g.start[i + 1]; e++) {
      const j = g.col[e];
      if (used[j] >= g.capacity[j]) continue;
      used[j]++;
      go(i + 1, served + 1, total + g.cost[e]);
      used[j]--;
    }
  };
  go(0, 0, 0);
  return best;
}

describe('assignExact (maximum matching, Dulmage–Mendelsohn split, then successive shortest paths)', () => {
  it('equals the exhaustive optimum on 800 random small graphs (ties, capacities 0–3, rows without edges)', () => {
    for (let seed = 1; seed <= 800; seed++) {
      const g = randomGraph(seed);
      const best = brute(g);
      const got = score(g, run(assignExact(copy(g))));
      expect(got, `seed ${seed}`).to.deep.equal(best);
    }
  });

  it('equals the previous solver (plain successive shortest paths) on 200 larger random graphs', () => {
    for (let seed = 10_000; seed < 10_200; seed++) {
      const g = randomGraph(seed, 60, 40);
      const previous = score(g, run(assign(copy(g))));
      const exact = score(g, run(assignExact(copy(g))));
      expect(exact, `seed ${seed}`).to.deep.equal(previous);
    }
  });

  it('gives the same answer for the same input (deterministic)', () => {
    for (let seed = 300; seed < 320; seed++) {
      const g = randomGraph(seed, 40, 30);
      expect([...run(assignExact(copy(g)))], `seed ${seed}`).to.deep.equal([...run(assignExact(copy(g)))]);
    }
  });
});

describe('lapjv (the dense path): optimal on square matrices', () => {
  /** A random n × n integer matrix: geometric (points in a square) or with few distinct values (ties). */
  function matrix(seed: number, n: number): Float32Array {
    const r = rng(seed);
    const c = new Float32Array(n * n);
    if (seed % 2) {
      const px = Array.from({ length: n }, () => [r() * 1e4, r() * 1e4]);
      const qx = Array.from({ length: n }, () => [r() * 1e4, r() * 1e4]);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) c[i * n + j] = Math.round(Math.hypot(px[i][0] - qx[j][0], px[i][1] - qx[j][1]));
    } else {
      const distinct = 1 + Math.floor(r() * 8);
      for (let i = 0; i < n * n; i++) c[i] = Math.floor(r() * distinct) * 91;
    }
    return c;
  }
  const total = (n: number, c: Float32Array, rowsol: Int32Array) => {
    const seen = new Set(rowsol);
    expect(seen.size, 'a permutation').to.equal(n);
    let s = 0;
    for (let i = 0; i < n; i++) s += c[i * n + rowsol[i]];
    return s;
  };

  it('equals the exhaustive optimum on 300 small matrices (geometric, and with many ties)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const n = 1 + (seed % 7);
      const c = matrix(seed, n);
      let best = Infinity;
      const perm = Array.from({ length: n }, (_, i) => i);
      const go = (i: number, s: number) => {
        if (i === n) {
          best = Math.min(best, s);
          return;
        }
        for (let t = i; t < n; t++) {
          [perm[i], perm[t]] = [perm[t], perm[i]];
          go(i + 1, s + c[i * n + perm[i]]);
          [perm[i], perm[t]] = [perm[t], perm[i]];
        }
      };
      go(0, 0);
      expect(total(n, c, lapjv(n, c.slice())), `seed ${seed}`).to.equal(best);
    }
  });

  it('equals the previous LAPJV (column-list scans) on 100 random 200 × 200 geometric matrices, deterministically', () => {
    for (let seed = 1001; seed < 1201; seed += 2) {
      const n = 200;
      const c = matrix(seed, n);
      const previous = total(n, c, lapjvPrevious(n, c.slice()));
      const first = lapjv(n, c.slice());
      const got = total(n, c, first);
      expect(Math.abs(got - previous) <= 1e-9 * Math.max(1, previous), `seed ${seed}: ${got} vs ${previous}`).to.equal(true);
      expect([...lapjv(n, c.slice())], `seed ${seed}`).to.deep.equal([...first]);
    }
  });
});

describe('the dense path of matchSupport (its own metres matrix, series asin) against the general path', () => {
  it('gives the same matches and metres as the candidate-edge path on 24 random dense instances (spreads 0.02°–3°)', () => {
    for (let seed = 1; seed <= 24; seed++) {
      const r = rng(seed * 7919);
      const spread = [0.02, 0.2, 1, 3][seed % 4];
      const n = 30 + Math.floor(r() * 40);
      const place = () => ({ lat: 33 + r() * spread, lng: 130 + r() * spread });
      const needs = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, categories: ['shopping'], ...place() }));
      const offers = Array.from({ length: n + Math.floor(r() * 5) }, (_, i) => ({ id: `o${i}`, name: `o${i}`, kind: 'volunteer' as const, categories: ['shopping'], ...place() }));
      // A limit no pair reaches turns the dense shortcut off: edges and metres come from the general path.
      const dense = matchSupport(needs, offers);
      const general = matchSupport(needs, offers, { maxKm: 100_000 });
      expect(dense.stats.totalKm, `seed ${seed}`).to.equal(general.stats.totalKm);
      const km = (m: typeof dense) => new Map(m.matches.map((x) => [`${x.needId}>${x.offerId}`, x.km]));
      const generalKm = km(general);
      for (const [pair, value] of km(dense)) if (generalKm.has(pair)) expect(value, `seed ${seed} ${pair}`).to.equal(generalKm.get(pair));
    }
  });
});

/** The LAPJV of session 2 (augmentation by column-list scans as in Jonker and Volgenant's code), the reference for the current one. */
function lapjvPrevious(n: number, c: Float32Array): Int32Array {
  const rowsol = new Int32Array(n).fill(-1);
  const colsol = new Int32Array(n).fill(-1);
  const v = new Float64Array(n);
  const matches = new Int32Array(n);
  const free = new Int32Array(n);
  const collist = new Int32Array(n);
  const d = new Float64Array(n);
  const pred = new Int32Array(n);

  // Column reduction.
  for (let j = n - 1; j >= 0; j--) {
    let min = c[j];
    let imin = 0;
    for (let i = 1; i < n; i++) {
      const h = c[i * n + j];
      if (h < min) {
        min = h;
        imin = i;
      }
    }
    v[j] = min;
    if (++matches[imin] === 1) {
      rowsol[imin] = j;
      colsol[j] = imin;
    } else if (v[j] < v[rowsol[imin]]) {
      const j1 = rowsol[imin];
      rowsol[imin] = j;
      colsol[j] = imin;
      colsol[j1] = -1;
    } else colsol[j] = -1;
  }

  // Reduction transfer.
  let numfree = 0;
  for (let i = 0; i < n; i++) {
    if (matches[i] === 0) free[numfree++] = i;
    else if (matches[i] === 1) {
      const j1 = rowsol[i];
      let min = Infinity;
      const base = i * n;
      for (let j = 0; j < n; j++) {
        if (j !== j1) {
          const h = c[base + j] - v[j];
          if (h < min) min = h;
        }
      }
      if (min !== Infinity) v[j1] -= min;
    }
  }

  // Augmenting row reduction, twice (bounded: a row is re-queued only when a price strictly drops).
  for (let loop = 0; loop < 2; loop++) {
    let k = 0;
    const prvnumfree = numfree;
    numfree = 0;
    let guard = n * 64;
    while (k < prvnumfree && guard-- > 0) {
      const i = free[k++];
      const base = i * n;
      let umin = c[base] - v[0];
      let j1 = 0;
      let j2 = -1;
      let usubmin = Infinity;
      for (let j = 1; j < n; j++) {
        const h = c[base + j] - v[j];
        if (h < usubmin) {
          if (h >= umin) {
            usubmin = h;
            j2 = j;
          } else {
            usubmin = umin;
            umin = h;
            j2 = j1;
            j1 = j;
          }
        }
      }
      let i0 = colsol[j1];
      if (umin < usubmin) v[j1] -= usubmin - umin;
      else if (i0 > -1 && j2 >= 0) {
        j1 = j2;
        i0 = colsol[j2];
      }
      if (i0 > -1) rowsol[i0] = -1;
      rowsol[i] = j1;
      colsol[j1] = i;
      if (i0 > -1) {
        if (umin < usubmin) free[--k] = i0;
        else free[numfree++] = i0;
      }
    }
    while (k < prvnumfree) free[numfree++] = free[k++];
  }

  // Augmentation: a shortest augmenting path for each free row.
  for (let f = 0; f < numfree; f++) {
    const freerow = free[f];
    const fbase = freerow * n;
    for (let j = 0; j < n; j++) {
      d[j] = c[fbase + j] - v[j];
      pred[j] = freerow;
      collist[j] = j;
    }
    let low = 0;
    let up = 0;
    let last = 0;
    let min = 0;
    let endofpath = -1;
    while (endofpath < 0) {
      if (up === low) {
        last = low - 1;
        min = d[collist[up++]];
        for (let k = up; k < n; k++) {
          const j = collist[k];
          const h = d[j];
          if (h <= min) {
            if (h < min) {
              up = low;
              min = h;
            }
            collist[k] = collist[up];
            collist[up++] = j;
          }
        }
        for (let k = low; k < up; k++) {
          if (colsol[collist[k]] < 0) {
            endofpath = collist[k];
            break;
          }
        }
      }
      if (endofpath < 0) {
        const j1 = collist[low++];
        const i = colsol[j1];
        const base = i * n;
        const h = c[base + j1] - v[j1] - min;
        for (let k = up; k < n; k++) {
          const j = collist[k];
          const v2 = c[base + j] - v[j] - h;
          if (v2 < d[j]) {
            pred[j] = i;
            if (v2 === min) {
              if (colsol[j] < 0) {
                endofpath = j;
                break;
              }
              collist[k] = collist[up];
              collist[up++] = j;
            }
            d[j] = v2;
          }
        }
      }
    }
    for (let k = 0; k <= last; k++) {
      const j1 = collist[k];
      v[j1] += d[j1] - min;
    }
    let i: number;
    do {
      i = pred[endofpath];
      colsol[endofpath] = i;
      const j1 = endofpath;
      endofpath = rowsol[i];
      rowsol[i] = j1;
    } while (i !== freerow);
  }
  return rowsol;
}

