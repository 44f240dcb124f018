/**
 * Exact lexicographic assignment: the most rows served, then the least total cost.
 *
 * The problem is a min-cost flow: source → row (capacity 1) → column (allowed edges, cost = distance)
 * → sink (capacity = the column's capacity). Every row also has a "dummy" edge straight to the sink
 * with cost M, larger than any change of total distance a path can make (M = (rows + 1) × max cost + 1),
 * so a min-cost flow that sends every row to the sink is exactly the lexicographic optimum: fewest
 * dummies (most rows served), then least distance.
 *
 * Rows are added one at a time (the Hungarian method / successive shortest paths): for each new row,
 * Dijkstra on reduced costs (node potentials keep them ≥ 0) finds the shortest path to the sink,
 * stopping as soon as the sink is settled (Jonker–Volgenant style early exit, potentials updated only
 * for settled nodes). After each row the assignment is optimal for the rows added so far, so after the
 * last it is optimal. Costs are integers (metres by default), so every sum is exact in doubles.
 *
 * Complexity: O(rows × (E' + V' log V')) where E', V' are the parts explored before the early exit;
 * in practice a few nodes per row.
 */

export interface AssignmentInput {
  rows: number;
  cols: number;
  /** Remaining capacity per column. */
  capacity: Int32Array;
  /** CSR adjacency: the edges of row r are `start[r] .. start[r + 1]` (or `.. end[r]` when `end` is given). */
  start: Int32Array;
  col: Int32Array;
  /** Integer costs (≥ 0). Each row's edges are sorted in place by cost, then column. */
  cost: Float64Array;
  /** The edges are already sorted by cost, then column (skips the sort). */
  sorted?: boolean;
  /** Where each row's edges end, when rows share edge ranges (then `sorted` is required). */
  end?: Int32Array;
}

/** A binary min-heap of (key, node) with lazy deletion; ties broken by node number (determinism). */
class Heap {
  keys = new Float64Array(1024);
  nodes = new Int32Array(1024);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.keys = keys;
      this.nodes = nodes;
    }
    const { keys, nodes } = this;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p] < key || (keys[p] === key && nodes[p] < node)) break;
      keys[i] = keys[p];
      nodes[i] = nodes[p];
      i = p;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  /** Removes the top; read `topKey` / `topNode` first. */
  pop(): void {
    const { keys, nodes } = this;
    const n = --this.size;
    if (n === 0) return;
    const key = keys[n];
    const node = nodes[n];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && (keys[c + 1] < keys[c] || (keys[c + 1] === keys[c] && nodes[c + 1] < nodes[c]))) c++;
      if (keys[c] > key || (keys[c] === key && nodes[c] > node)) break;
      keys[i] = keys[c];
      nodes[i] = nodes[c];
      i = c;
    }
    keys[i] = key;
    nodes[i] = node;
  }
}

/**
 * Solves the assignment. A generator so that callers can run it in slices (worker progress, main
 * thread fallback): it yields the number of rows done every `every` rows and returns, for each row,
 * its column or -1.
 */
export function* assign(input: AssignmentInput, every = 512): Generator<number, Int32Array, void> {
  const { rows, cols, capacity, start, col, cost } = input;
  let maxCost = 0;
  for (let e = 0; e < cost.length; e++) if (cost[e] > maxCost) maxCost = cost[e];
  const M = (rows + 1) * maxCost + 1;
  if (!((rows + 2) * M * 4 < Number.MAX_SAFE_INTEGER)) throw new RangeError('costs too large for exact arithmetic');

  if (!input.sorted) sortEdges(start, col, cost, rows);
  const stop = input.end ?? start.subarray(1);
  const N = rows + cols + 1;
  const T = rows + cols;
  const pot = new Float64Array(N); // rows, then columns; the sink keeps 0
  const dist = new Float64Array(N).fill(Infinity);
  const pred = new Int32Array(N).fill(-1);
  const predCost = new Float64Array(N); // for a column: the cost of the forward edge that reached it
  const settled = new Uint8Array(N);
  const touched = new Int32Array(N);
  const order = new Int32Array(N);

  const colOf = new Int32Array(rows).fill(-1);
  const rowCost = new Float64Array(rows);
  const used = new Int32Array(cols);
  const head = new Int32Array(cols).fill(-1);
  const next = new Int32Array(rows).fill(-1);
  const prev = new Int32Array(rows).fill(-1);
  const heap = new Heap();

  const attach = (r: number, j: number, c: number) => {
    colOf[r] = j;
    rowCost[r] = c;
    prev[r] = -1;
    next[r] = head[j];
    if (head[j] >= 0) prev[head[j]] = r;
    head[j] = r;
    used[j]++;
  };
  const detach = (r: number) => {
    const j = colOf[r];
    if (j < 0) return;
    if (prev[r] >= 0) next[prev[r]] = next[r];
    else head[j] = next[r];
    if (next[r] >= 0) prev[next[r]] = prev[r];
    prev[r] = next[r] = -1;
    colOf[r] = -1;
    used[j]--;
  };

  for (let i = 0; i < rows; i++) {
    // A potential for the new row that makes all its edges' reduced costs ≥ 0.
    let p = -M;
    for (let e = start[i]; e < stop[i]; e++) {
      const v = pot[rows + col[e]] - cost[e];
      if (v > p) p = v;
    }
    pot[i] = p;

    // Fast path: the best edge (reduced cost 0) goes to a column with room and no price (potential
    // 0): the sink is reached at distance 0, nothing else can be shorter and no potential changes.
    {
      let best = -1;
      for (let e = start[i]; e < stop[i]; e++) {
        if (pot[rows + col[e]] - cost[e] === p) {
          best = e;
          break;
        }
      }
      if (best >= 0 && p > -M) {
        const j = col[best];
        if (used[j] < capacity[j] && pot[rows + j] === 0) {
          attach(i, j, cost[best]);
          if ((i + 1) % every === 0) yield i + 1;
          continue;
        }
      }
    }

    let nTouched = 0;
    let nSettled = 0;
    // An upper bound of the distance to the sink (a real path to a column with room, or the dummy):
    // edges are sorted by cost and columns' potentials are ≤ 0, so a row's scan stops at the first
    // edge whose key cannot be below it.
    let bound = M + p;
    heap.clear();
    dist[i] = 0;
    touched[nTouched++] = i;
    heap.push(0, i);
    while (heap.size > 0) {
      const k = heap.keys[0];
      const v = heap.nodes[0];
      heap.pop();
      if (settled[v] || k > dist[v]) continue;
      settled[v] = 1;
      order[nSettled++] = v;
      if (v === T) break;
      if (v < rows) {
        const pr = pot[v];
        const own = colOf[v];
        const limit = bound - k - pr;
        for (let e = start[v]; e < stop[v]; e++) {
          const c = cost[e];
          if (c >= limit) break;
          const j = col[e];
          if (j === own) continue;
          const u = rows + j;
          const nd = k + c + pr - pot[u];
          if (nd < dist[u]) {
            if (dist[u] === Infinity) touched[nTouched++] = u;
            dist[u] = nd;
            pred[u] = v;
            predCost[u] = c;
            heap.push(nd, u);
            if (used[j] < capacity[j] && nd + pot[u] < bound) bound = nd + pot[u];
          }
        }
        const nd = k + M + pr; // the dummy edge: this row goes unserved
        if (nd < bound) bound = nd;
        if (nd < dist[T]) {
          if (dist[T] === Infinity) touched[nTouched++] = T;
          dist[T] = nd;
          pred[T] = v;
          heap.push(nd, T);
        }
      } else {
        const j = v - rows;
        const pc = pot[v];
        if (used[j] < capacity[j]) {
          const nd = k + pc;
          if (nd < dist[T]) {
            if (dist[T] === Infinity) touched[nTouched++] = T;
            dist[T] = nd;
            pred[T] = v;
            heap.push(nd, T);
          }
        }
        for (let r = head[j]; r >= 0; r = next[r]) {
          const nd = k - rowCost[r] + pc - pot[r];
          if (nd < dist[r]) {
            if (dist[r] === Infinity) touched[nTouched++] = r;
            dist[r] = nd;
            pred[r] = v;
            heap.push(nd, r);
          }
        }
      }
    }

    // Potentials of the settled nodes (the sink's stays 0); keeps every reduced cost ≥ 0.
    const D = dist[T];
    for (let s = 0; s < nSettled; s++) {
      const v = order[s];
      if (v !== T) pot[v] -= D - dist[v];
    }

    // Augment along the path back from the sink.
    let v = pred[T];
    let j: number;
    if (v < rows) {
      // Ends with a dummy edge: row v goes unserved; its column (if any) is taken by its predecessor.
      j = colOf[v];
      detach(v);
      colOf[v] = -1;
    } else {
      j = v - rows;
    }
    while (j >= 0 && v !== i) {
      const r = pred[rows + j];
      const from = colOf[r];
      detach(r);
      attach(r, j, predCost[rows + j]);
      v = r;
      j = from;
    }

    for (let t = 0; t < nTouched; t++) {
      const u = touched[t];
      dist[u] = Infinity;
      pred[u] = -1;
      settled[u] = 0;
    }
    if ((i + 1) % every === 0) yield i + 1;
  }
  return colOf;
}

/**
 * Jonker–Volgenant (LAPJV) for a dense square cost matrix (row-major, integer costs): column
 * reduction, reduction transfer, two rounds of augmenting row reduction, then shortest augmenting
 * paths (dense Dijkstra: one sequential pass over each scanned row). Returns each row's column. Used when every row may take every slot.
 * Integer costs below 2^24 are exact in a Float32Array, which halves the memory traffic.
 */
export function lapjv(n: number, c: Float64Array | Float32Array): Int32Array {
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

  // Augmentation: a shortest augmenting path for each free row (Dijkstra over columns, dense).
  // w[j] is the tentative distance of a column not yet settled and NaN once it is settled (its
  // distance then kept in d[j]; no comparison with NaN holds, so settled columns drop out without a
  // test), so ONE sequential pass over the scanned row both relaxes and finds the next minimum: the
  // row is read in memory order (no column list to follow), and among equal minima a free column is
  // preferred (the path ends there at once).
  const w = new Float64Array(n);
  for (let f = 0; f < numfree; f++) {
    const freerow = free[f];
    const fbase = freerow * n;
    let best = Infinity;
    let jbest = -1;
    for (let j = 0; j < n; j++) {
      const h = c[fbase + j] - v[j];
      w[j] = h;
      pred[j] = freerow;
      if (h < best || (h === best && colsol[j] < 0 && colsol[jbest] >= 0)) {
        best = h;
        jbest = j;
      }
    }
    let nsettled = 0;
    let min = best;
    let endofpath = -1;
    for (;;) {
      const j1 = jbest;
      min = best;
      if (colsol[j1] < 0) {
        endofpath = j1;
        break;
      }
      d[j1] = min;
      w[j1] = NaN;
      collist[nsettled++] = j1;
      const i = colsol[j1];
      const base = i * n;
      const h = c[base + j1] - v[j1] - min;
      best = Infinity;
      jbest = -1;
      for (let j = 0; j < n; j++) {
        let x = w[j];
        const v2 = c[base + j] - v[j] - h;
        if (v2 < x) {
          x = v2;
          w[j] = v2;
          pred[j] = i;
        }
        if (x <= best) {
          if (x < best || (colsol[j] < 0 && colsol[jbest] >= 0)) {
            best = x;
            jbest = j;
          }
        }
      }
    }
    for (let k = 0; k < nsettled; k++) {
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

/** Sorts each row's edges by cost, then column (packed in one number: cost × 2^21 + column). */
function sortEdges(start: Int32Array, col: Int32Array, cost: Float64Array, rows: number): void {
  const keys = new Float64Array(start[rows] - start[0]);
  const o = start[0];
  for (let e = o; e < start[rows]; e++) keys[e - o] = cost[e] * 2097152 + col[e];
  for (let r = 0; r < rows; r++) sortKeys(keys, start[r] - o, start[r + 1] - o, col.subarray(o), cost.subarray(o));
}

/**
 * Sorts packed keys (cost × 2^21 + index) in `keys[a .. b)` and writes them back unpacked to
 * `col` and `cost` at the same positions. Insertion sort for short lists, the typed-array sort else.
 */
export function sortKeys(keys: Float64Array, a: number, b: number, col: Int32Array, cost: Float64Array): void {
  if (b - a > 40) keys.subarray(a, b).sort();
  else {
    for (let i = a + 1; i < b; i++) {
      const v = keys[i];
      let j = i - 1;
      while (j >= a && keys[j] > v) {
        keys[j + 1] = keys[j];
        j--;
      }
      keys[j + 1] = v;
    }
  }
  for (let i = a; i < b; i++) {
    const v = keys[i];
    const c = Math.floor(v / 2097152);
    cost[i] = c;
    col[i] = v - c * 2097152;
  }
}

/**
 * The same lexicographic optimum as `assign`, faster when many rows cannot all be served.
 *
 * `assign` proves that a row goes unserved by exploring everything it can reach (its Dijkstra only
 * stops at the dummy edge), so thousands of unservable rows in one large connected region cost
 * thousands of full explorations. Here the cardinality question is answered first, by a maximum
 * matching (augmenting paths; a failed search's region is dead for good), and its
 * Dulmage–Mendelsohn (Gallai–Edmonds) decomposition splits the rest exactly:
 * - D: rows reachable from an unserved row by alternating paths (rows some maximum matching leaves
 *   out); A: their columns. Every maximum matching fills every slot of A with rows of D, and uses no
 *   edge from another row into A.
 * - the other rows are served by every maximum matching, with columns outside A.
 * Since the optimum serves the most rows, it is a maximum matching: the least-km way to fill A's
 * slots from D (solved transposed: slots as rows, each of D's rows a column of capacity 1) plus the
 * least-km way to serve every other row. Both are solved by `assign`, where now every search ends
 * at a free column (none needs the dummy edge), and the two parts are independent.
 */
export function* assignExact(input: AssignmentInput, every = 512): Generator<number, Int32Array, void> {
  const { rows, cols, capacity, start, col, cost } = input;
  if (!input.sorted) sortEdges(start, col, cost, rows);
  // The matching yields every few thousand searches (0 rows solved yet), for the time-sliced fallback.
  const matching = maximumMatching(input);
  let m = matching.next();
  while (!m.done) {
    yield 0;
    m = matching.next();
  }
  const { colOf, inD, inA } = m.value;

  // Part 2: rows outside D, columns outside A.
  const rows2: number[] = [];
  for (let r = 0; r < rows; r++) if (!inD[r]) rows2.push(r);
  const result = new Int32Array(rows).fill(-1);
  if (rows2.length) {
    const start2 = new Int32Array(rows2.length + 1);
    let n2 = 0;
    for (const r of rows2) for (let e = start[r]; e < start[r + 1]; e++) if (!inA[col[e]]) n2++;
    const col2 = new Int32Array(n2);
    const cost2 = new Float64Array(n2);
    n2 = 0;
    rows2.forEach((r, k) => {
      start2[k] = n2;
      for (let e = start[r]; e < start[r + 1]; e++) {
        if (inA[col[e]]) continue;
        col2[n2] = col[e];
        cost2[n2++] = cost[e];
      }
    });
    start2[rows2.length] = n2;
    const steps = assign({ rows: rows2.length, cols, capacity, start: start2, col: col2, cost: cost2, sorted: true }, every);
    let step = steps.next();
    while (!step.done) {
      yield step.value;
      step = steps.next();
    }
    rows2.forEach((r, k) => (result[r] = step.value[k]));
  }

  // Part 1, transposed: each filled slot of a column in A is a row; D's rows are the columns.
  yield rows2.length;
  const dRows: number[] = [];
  const dIndex = new Int32Array(rows).fill(-1);
  for (let r = 0; r < rows; r++) if (inD[r] && start[r + 1] > start[r]) dIndex[r] = dRows.push(r) - 1;
  const filled = new Int32Array(cols);
  for (let r = 0; r < rows; r++) if (inD[r] && colOf[r] >= 0) filled[colOf[r]]++;
  const aCols: number[] = [];
  for (let j = 0; j < cols; j++) if (filled[j] > 0) aCols.push(j);
  if (aCols.length) {
    // Edges per column of A (from D's rows), as CSR by column, each list sorted by cost, then row;
    // a column's slots share its list.
    const deg = new Int32Array(cols + 1);
    for (const r of dRows) for (let e = start[r]; e < start[r + 1]; e++) deg[col[e] + 1]++;
    for (let j = 0; j < cols; j++) deg[j + 1] += deg[j];
    const keys = new Float64Array(deg[cols]);
    const fill = deg.slice(0, cols);
    for (const r of dRows) {
      const d = dIndex[r];
      for (let e = start[r]; e < start[r + 1]; e++) keys[fill[col[e]]++] = cost[e] * 2097152 + d;
    }
    const col1 = new Int32Array(deg[cols]);
    const cost1 = new Float64Array(deg[cols]);
    for (let j = 0; j < cols; j++) sortKeys(keys, deg[j], deg[j + 1], col1, cost1);
    let slots = 0;
    for (const j of aCols) slots += filled[j];
    const slotCol = new Int32Array(slots);
    const start1 = new Int32Array(slots + 1);
    const end1 = new Int32Array(slots);
    let s = 0;
    for (const j of aCols) {
      for (let k = 0; k < filled[j]; k++) {
        slotCol[s] = j;
        start1[s] = deg[j];
        end1[s++] = deg[j + 1];
      }
    }
    start1[slots] = deg[cols];
    const steps = assign({ rows: slots, cols: dRows.length, capacity: new Int32Array(dRows.length).fill(1), start: start1, end: end1, col: col1, cost: cost1, sorted: true }, every);
    let step = steps.next();
    while (!step.done) {
      yield rows2.length + step.value;
      step = steps.next();
    }
    const rowOf = step.value;
    for (let t = 0; t < slots; t++) if (rowOf[t] >= 0) result[dRows[rowOf[t]]] = slotCol[t];
  }
  return result;
}

/**
 * A maximum matching (cardinality only) of rows into column slots, and its Dulmage–Mendelsohn
 * sets: `inD` (rows reachable from an unmatched row by alternating paths, unmatched ones included)
 * and `inA` (their columns). Greedy start (each row's cheapest column with room), then one
 * breadth-first augmenting search per unmatched row; a failed search's rows and columns can never
 * be on an augmenting path again (every column it reached is full with rows it reached, whose edges
 * all stay inside), so they are skipped for good.
 */
function* maximumMatching(input: AssignmentInput): Generator<void, { colOf: Int32Array; inD: Uint8Array; inA: Uint8Array }, void> {
  const { rows, cols, capacity, start, col } = input;
  // Slots: column j's rows sit in slotRow[base[j] .. base[j] + used[j]); a column never needs more
  // slots than it has edges.
  const degree = new Int32Array(cols);
  for (let e = start[0]; e < start[rows]; e++) degree[col[e]]++;
  const base = new Int32Array(cols + 1);
  for (let j = 0; j < cols; j++) base[j + 1] = base[j] + Math.max(0, Math.min(capacity[j], degree[j]));
  const slotRow = new Int32Array(base[cols]);
  const used = new Int32Array(cols);
  const colOf = new Int32Array(rows).fill(-1);
  const rowSlot = new Int32Array(rows).fill(-1);
  const room = (j: number) => used[j] < base[j + 1] - base[j];

  for (let r = 0; r < rows; r++) {
    for (let e = start[r]; e < start[r + 1]; e++) {
      const j = col[e];
      if (room(j)) {
        const s = base[j] + used[j]++;
        slotRow[s] = r;
        rowSlot[r] = s;
        colOf[r] = j;
        break;
      }
    }
  }

  const dead = new Uint8Array(rows + cols);
  const seen = new Uint8Array(rows + cols);
  const parentRow = new Int32Array(cols); // the row whose edge reached a column
  const queue = new Int32Array(rows);
  const seenCols = new Int32Array(cols);
  for (let root = 0; root < rows; root++) {
    if ((root & 2047) === 2047) yield;
    if (colOf[root] >= 0 || start[root + 1] === start[root]) continue;
    let qh = 0;
    let qt = 0;
    let nCols = 0;
    queue[qt++] = root;
    seen[root] = 1;
    let end = -1;
    search: while (qh < qt) {
      const r = queue[qh++];
      for (let e = start[r]; e < start[r + 1]; e++) {
        const j = col[e];
        if (seen[rows + j] || dead[rows + j]) continue;
        seen[rows + j] = 1;
        seenCols[nCols++] = j;
        parentRow[j] = r;
        if (room(j)) {
          end = j;
          break search;
        }
        for (let s = base[j]; s < base[j] + used[j]; s++) {
          const r2 = slotRow[s];
          if (!seen[r2] && !dead[r2]) {
            seen[r2] = 1;
            queue[qt++] = r2;
          }
        }
      }
    }
    if (end >= 0) {
      // Each column on the path hands its slot over to the row that reached it.
      let j = end;
      let s = base[j] + used[j]++;
      for (;;) {
        const r = parentRow[j];
        const from = rowSlot[r];
        const fromCol = colOf[r];
        slotRow[s] = r;
        rowSlot[r] = s;
        colOf[r] = j;
        if (r === root) break;
        s = from;
        j = fromCol;
      }
      for (let q = 0; q < qt; q++) seen[queue[q]] = 0;
      for (let c = 0; c < nCols; c++) seen[rows + seenCols[c]] = 0;
    } else {
      for (let q = 0; q < qt; q++) {
        seen[queue[q]] = 0;
        dead[queue[q]] = 1;
      }
      for (let c = 0; c < nCols; c++) {
        seen[rows + seenCols[c]] = 0;
        dead[rows + seenCols[c]] = 1;
      }
    }
  }

  // Dulmage–Mendelsohn: alternating reachability from every unmatched row.
  const inD = new Uint8Array(rows);
  const inA = new Uint8Array(cols);
  let qt = 0;
  for (let r = 0; r < rows; r++) {
    if (colOf[r] < 0) {
      inD[r] = 1;
      queue[qt++] = r;
    }
  }
  for (let qh = 0; qh < qt; qh++) {
    const r = queue[qh];
    for (let e = start[r]; e < start[r + 1]; e++) {
      const j = col[e];
      if (inA[j]) continue;
      inA[j] = 1;
      for (let s = base[j]; s < base[j] + used[j]; s++) {
        const r2 = slotRow[s];
        if (!inD[r2]) {
          inD[r2] = 1;
          queue[qt++] = r2;
        }
      }
    }
  }
  return { colOf, inD, inA };
}
