/**
 * An independent, slow reference for the engine's tests: enumerates every assignment of a small
 * instance and checks results against the rules of PRODUCT.md §5, written out again from the text.
 */
import type { Day, MatchOptions, MatchResult, Need, Offer } from '../src/engine/index.js';

const R = 6371;
export function refKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const toRad = (d: number) => (d * Math.PI) / 180;
  const s = Math.sin(toRad(b.lat - a.lat) / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(toRad(b.lng - a.lng) / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(s));
}

const located = (x: { lat?: number; lng?: number }) => typeof x.lat === 'number' && typeof x.lng === 'number';

/** km of an allowed pair, or null with the rule that forbids it. */
export function refAllowed(need: Need, offer: Offer, options: MatchOptions): { km: number } | { rule: 'days' | 'distance' } {
  if (need.days?.length && offer.days?.length && !need.days.some((d: Day) => offer.days!.includes(d))) return { rule: 'days' };
  if (!located(need) || !located(offer)) {
    return need.district && need.district === offer.district ? { km: 0 } : { rule: 'distance' };
  }
  const km = refKm(need as { lat: number; lng: number }, offer as { lat: number; lng: number });
  const limit = offer.maxKm ?? options.maxKm ?? Infinity;
  return km <= limit ? { km } : { rule: 'distance' };
}

const isExcluded = (options: MatchOptions, needId: string, offerId: string, category: string) =>
  (options.excluded ?? []).some((p) => p.needId === needId && p.offerId === offerId && p.category === category);

/** The best (served, metres) by exhaustive search, with fixed pairs kept. */
export function bruteForce(needs: Need[], offers: Offer[], options: MatchOptions = {}): { served: number; metres: number } {
  const cap = offers.map((o) => o.capacity ?? 1);
  const fixedSet = new Set<string>();
  let baseServed = 0;
  let baseMetres = 0;
  for (const f of options.fixed ?? []) {
    const o = offers.findIndex((x) => x.id === f.offerId);
    const n = needs.find((x) => x.id === f.needId)!;
    const a = refAllowed(n, offers[o], options) as { km: number };
    cap[o]--;
    fixedSet.add(`${f.needId}|${f.category}`);
    baseServed++;
    baseMetres += Math.round(a.km * 1000);
  }
  const rows: { options: { o: number; m: number }[] }[] = [];
  for (const n of needs)
    for (const c of n.categories) {
      if (fixedSet.has(`${n.id}|${c}`)) continue;
      const opts: { o: number; m: number }[] = [];
      offers.forEach((o, oi) => {
        if (!o.categories.includes(c) || isExcluded(options, n.id, o.id, c)) return;
        const a = refAllowed(n, o, options);
        if ('km' in a) opts.push({ o: oi, m: Math.round(a.km * 1000) });
      });
      rows.push({ options: opts });
    }
  let best = { served: -1, metres: Infinity };
  const rec = (r: number, served: number, metres: number) => {
    if (r === rows.length) {
      if (served > best.served || (served === best.served && metres < best.metres)) best = { served, metres };
      return;
    }
    // Prune: even serving every remaining row cannot beat the best count.
    if (served + (rows.length - r) < best.served) return;
    for (const { o, m } of rows[r].options) {
      if (cap[o] <= 0) continue;
      cap[o]--;
      rec(r + 1, served + 1, metres + m);
      cap[o]++;
    }
    rec(r + 1, served, metres);
  };
  rec(0, 0, 0);
  return { served: best.served + baseServed, metres: best.metres + baseMetres };
}

/** Every rule of §5 on a result; returns the broken ones (empty when all hold). */
export function ruleViolations(needs: Need[], offers: Offer[], options: MatchOptions, result: MatchResult): string[] {
  const out: string[] = [];
  const used = new Map<string, number>();
  const served = new Set<string>();
  let metres = 0;
  for (const m of result.matches) {
    const n = needs.find((x) => x.id === m.needId);
    const o = offers.find((x) => x.id === m.offerId);
    if (!n || !o) {
      out.push(`unknown ids ${m.needId} ${m.offerId}`);
      continue;
    }
    if (!n.categories.includes(m.category)) out.push(`need ${n.id} did not ask for ${m.category}`);
    if (!o.categories.includes(m.category)) out.push(`offer ${o.id} does not list ${m.category}`);
    const key = `${n.id}|${m.category}`;
    if (served.has(key)) out.push(`pair ${key} served twice`);
    served.add(key);
    used.set(o.id, (used.get(o.id) ?? 0) + 1);
    const a = refAllowed(n, o, options);
    if (!('km' in a)) out.push(`pair ${key}/${o.id} breaks ${a.rule}`);
    else if (Math.round(a.km * 1000) / 1000 !== m.km) out.push(`km ${m.km} ≠ ${a.km}`);
    if (isExcluded(options, n.id, o.id, m.category)) out.push(`excluded pair ${key}/${o.id} made`);
    metres += Math.round(m.km * 1000);
  }
  for (const o of offers) if ((used.get(o.id) ?? 0) > (o.capacity ?? 1)) out.push(`offer ${o.id} over capacity`);
  const total = needs.reduce((s, n) => s + n.categories.length, 0);
  if (result.stats.total !== total) out.push(`total ${result.stats.total} ≠ ${total}`);
  if (result.stats.served !== result.matches.length) out.push('served ≠ matches');
  if (Math.round(result.stats.totalKm * 1000) !== metres) out.push(`totalKm ${result.stats.totalKm} ≠ ${metres / 1000}`);
  if (result.matches.length + result.unmatched.length !== total) out.push('matches + unmatched ≠ total');
  for (const u of result.unmatched) {
    const n = needs.find((x) => x.id === u.needId)!;
    const inCat = offers.filter((o) => o.categories.includes(u.category));
    let expected: string;
    if (!inCat.length) expected = 'no-offer-in-category';
    else if (inCat.every((o) => 'rule' in refAllowed(n, o, options) && (refAllowed(n, o, options) as { rule: string }).rule === 'days')) expected = 'days';
    else if (inCat.every((o) => 'rule' in refAllowed(n, o, options))) expected = 'distance';
    else if (inCat.every((o) => 'rule' in refAllowed(n, o, options) || isExcluded(options, n.id, o.id, u.category))) expected = 'excluded';
    else expected = 'capacity';
    // §5 has four reasons: a pair whose allowed offers were all excluded is `capacity` with `excluded: true`.
    const got = u.excluded ? `excluded(${u.reason})` : u.reason;
    if (expected === 'excluded') expected = 'excluded(capacity)';
    if (got !== expected) out.push(`reason of ${u.needId}/${u.category}: ${got} ≠ ${expected}`);
  }
  return out;
}

/** A small seeded random generator (mulberry32): the same instances on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATS = ['shopping', 'garbage', 'conversation'];
const DAYS_ALL: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A random small instance around さくら町 (lat 33.4, lng 130.6), with every rule in play. */
export function randomInstance(seed: number, size = 4): { needs: Need[]; offers: Offer[]; options: MatchOptions } {
  const r = rng(seed);
  const pick = <T>(list: T[]) => list[Math.floor(r() * list.length)];
  const some = <T>(list: T[], p: number) => list.filter(() => r() < p);
  const place = () => (r() < 0.8 ? { lat: 33.4 + r() * 0.05, lng: 130.6 + r() * 0.05 } : {});
  const district = () => (r() < 0.7 ? pick(['北', '南', '東']) : undefined);
  const days = () => (r() < 0.4 ? some(DAYS_ALL, 0.4) : undefined);
  const nNeeds = 1 + Math.floor(r() * size);
  const nOffers = 1 + Math.floor(r() * size);
  const needs: Need[] = [];
  for (let i = 0; i < nNeeds; i++) {
    let categories = some(CATS, 0.5);
    if (!categories.length) categories = [pick(CATS)];
    const d = days();
    needs.push({ id: `n${i}`, categories, ...place(), ...(district() ? { district: district() } : {}), ...(d?.length ? { days: d } : {}) });
  }
  const offers: Offer[] = [];
  for (let i = 0; i < nOffers; i++) {
    let categories = some(CATS, 0.5);
    if (!categories.length) categories = [pick(CATS)];
    const d = days();
    const o: Offer = { id: `o${i}`, name: `Offer ${i}`, kind: 'group', categories, ...place(), capacity: Math.floor(r() * 3) };
    const dist = district();
    if (dist) o.district = dist;
    if (d?.length) o.days = d;
    if (r() < 0.3) o.maxKm = 1 + r() * 3;
    offers.push(o);
  }
  const options: MatchOptions = r() < 0.5 ? { maxKm: 2 + r() * 3 } : {};
  return { needs, offers, options };
}

/**
 * A second, independent exact method for medium instances: min-cost max-flow by successive shortest
 * paths with Bellman–Ford (no potentials, no early exit): slow but simple. Returns (served, metres).
 */
export function referenceFlow(needs: Need[], offers: Offer[], options: MatchOptions = {}): { served: number; metres: number } {
  type Edge = { to: number; cap: number; cost: number; rev: number };
  const rows: { need: Need; category: string }[] = [];
  for (const n of needs) for (const c of n.categories) rows.push({ need: n, category: c });
  const S = 0;
  const rowNode = (r: number) => 1 + r;
  const offerNode = (o: number) => 1 + rows.length + o;
  const T = 1 + rows.length + offers.length;
  const graph: Edge[][] = Array.from({ length: T + 1 }, () => []);
  const add = (a: number, b: number, cap: number, cost: number) => {
    graph[a].push({ to: b, cap, cost, rev: graph[b].length });
    graph[b].push({ to: a, cap: 0, cost: -cost, rev: graph[a].length - 1 });
  };
  rows.forEach((r, ri) => {
    add(S, rowNode(ri), 1, 0);
    offers.forEach((o, oi) => {
      if (!o.categories.includes(r.category) || isExcluded(options, r.need.id, o.id, r.category)) return;
      const a = refAllowed(r.need, o, options);
      if ('km' in a) add(rowNode(ri), offerNode(oi), 1, Math.round(a.km * 1000));
    });
  });
  offers.forEach((o, oi) => add(offerNode(oi), T, o.capacity ?? 1, 0));
  let served = 0;
  let metres = 0;
  for (;;) {
    const dist = new Array(T + 1).fill(Infinity);
    const prev: [number, number][] = new Array(T + 1);
    dist[S] = 0;
    for (let changed = true; changed; ) {
      changed = false;
      for (let u = 0; u <= T; u++) {
        if (dist[u] === Infinity) continue;
        graph[u].forEach((e, i) => {
          if (e.cap > 0 && dist[u] + e.cost < dist[e.to]) {
            dist[e.to] = dist[u] + e.cost;
            prev[e.to] = [u, i];
            changed = true;
          }
        });
      }
    }
    if (dist[T] === Infinity) break;
    for (let v = T; v !== S; ) {
      const [u, i] = prev[v];
      graph[u][i].cap--;
      graph[v][graph[u][i].rev].cap++;
      v = u;
    }
    served++;
    metres += dist[T];
  }
  return { served, metres };
}
