import { expect } from '@open-wc/testing';
import { assign, assignExact, type AssignmentInput } from '../src/engine/index.js';
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
