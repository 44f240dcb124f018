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
  /** CSR adjacency: the edges of row r are `start[r] .. start[r + 1]`. */
  start: Int32Array;
  col: Int32Array;
  /** Integer costs (≥ 0). */
  cost: Float64Array;
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
    for (let e = start[i]; e < start[i + 1]; e++) {
      const v = pot[rows + col[e]] - cost[e];
      if (v > p) p = v;
    }
    pot[i] = p;

    let nTouched = 0;
    let nSettled = 0;
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
        for (let e = start[v]; e < start[v + 1]; e++) {
          const j = col[e];
          if (j === own) continue;
          const u = rows + j;
          const nd = k + cost[e] + pr - pot[u];
          if (nd < dist[u]) {
            if (dist[u] === Infinity) touched[nTouched++] = u;
            dist[u] = nd;
            pred[u] = v;
            predCost[u] = cost[e];
            heap.push(nd, u);
          }
        }
        const nd = k + M + pr; // the dummy edge: this row goes unserved
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
