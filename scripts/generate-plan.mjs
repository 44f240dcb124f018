/**
 * Writes a large synthetic plan (valid against packages/plan-viewer/plan.schema.json) for benchmarks of
 * <chiiki-plan-viewer>. Deterministic for a given size and seed. The output is not committed when large.
 *
 *   node scripts/generate-plan.mjs [--nodes 2000] [--seed 1] [--out demo/data/plans/generated-2000.json]
 *
 * Shape: 8 goals, each with pillars → measures → actions (→ tasks when more nodes are needed), so the
 * tree is 4–5 levels deep like a real 地域福祉計画; statuses, indicators (rising and falling targets),
 * actors, areas, SDGs and milestones are spread over the nodes.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const total = Number(option('nodes', 2000));
const seed = Number(option('seed', 1));
const out = option('out', `demo/data/plans/generated-${total}.json`);

/** mulberry32: a small deterministic PRNG. */
function random(seedValue) {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(seed);
const pick = (list) => list[Math.floor(rnd() * list.length)];
const some = (list, max) => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(list)))];

const WORDS = ['見守り', '居場所', 'サロン', '相談', '担い手', 'ボランティア', '防災', '子育て', '交流', '情報発信', '福祉教育', '生活支援', '多世代', '地域食堂', '移動支援'];
const VERBS = ['を広げる', 'を進める', 'の充実', 'の体制づくり', 'を支援する', 'につなげる'];
const ACTORS = ['self', 'mutual', 'community', 'public'];
const STATUSES = ['planned', 'started', 'in-progress', 'mostly-done', 'done'];
const AREAS = [
  { id: 'town', name: '町全体', level: 1 },
  ...Array.from({ length: 4 }, (_, i) => ({ id: `jhs-${i + 1}`, name: `第${i + 1}中学校区`, level: 2, parent: 'town' })),
  ...Array.from({ length: 16 }, (_, i) => ({ id: `nh-${i + 1}`, name: `第${i + 1}町内会`, level: 3, parent: `jhs-${(i % 4) + 1}` })),
];

let made = 0;
const title = () => `${pick(WORDS)}${pick(VERBS)}（${made}）`;

function node(kind, level) {
  made++;
  const n = { id: `n${made}`, kind, title: title() };
  if (rnd() < 0.5) n.description = `${pick(WORDS)}と${pick(WORDS)}を組み合わせ、${pick(WORDS)}${pick(VERBS)}ための取り組みです。`;
  if (rnd() < 0.3) n.actors = some(ACTORS, 2);
  if (rnd() < 0.25) n.areas = some(AREAS.map((a) => a.id), 2);
  if (rnd() < 0.2) n.sdgs = some(Array.from({ length: 17 }, (_, i) => i + 1), 2).sort((a, b) => a - b);
  if (level >= 3 && rnd() < 0.5) n.status = pick(STATUSES);
  if (level >= 3 && rnd() < 0.1) {
    const rising = rnd() < 0.5;
    const base = 10 + Math.floor(rnd() * 40);
    const target = rising ? base + 20 : Math.max(0, base - 20);
    n.indicators = [{ name: `${pick(WORDS)}の指標`, unit: '件', baseline: { year: 2023, value: base }, target: { year: 2028, value: target }, actual: [{ year: 2025, value: Math.round(base + (target - base) * rnd()) }] }];
  }
  if (rnd() < 0.05) n.milestones = [{ year: 2024 + Math.floor(rnd() * 5), label: `${pick(WORDS)}を開始` }];
  return n;
}

// Breadth per level chosen so that the tree reaches `total` nodes: 8 goals × p pillars × m measures × a actions.
const goals = [];
const perGoal = Math.max(1, Math.ceil(total / 8));
const branching = Math.max(2, Math.round(Math.cbrt(perGoal)));
outer: for (let g = 0; g < 8; g++) {
  if (made >= total) break;
  const goal = node('goal', 1);
  goal.number = String(g + 1);
  goal.children = [];
  goals.push(goal);
  for (let p = 0; p < branching; p++) {
    if (made >= total) break outer;
    const pillar = node('pillar', 2);
    pillar.children = [];
    goal.children.push(pillar);
    for (let m = 0; m < branching; m++) {
      if (made >= total) break outer;
      const measure = node('policy', 3);
      measure.children = [];
      pillar.children.push(measure);
      for (let a = 0; a < branching && made < total; a++) measure.children.push(node('action', 4));
    }
  }
}
// Whatever is left goes one level deeper under the first actions.
const actions = [];
const collect = (list) => list.forEach((n) => (n.kind === 'action' ? actions.push(n) : collect(n.children ?? [])));
collect(goals);
for (let i = 0; made < total; i++) {
  const parent = actions[i % actions.length];
  (parent.children ??= []).push(node('action', 5));
}

const plan = {
  id: `generated-${total}`,
  title: `合成データの地域福祉計画（${total}項目・ベンチマーク用）`,
  municipality: 'ベンチマーク町（架空）',
  period: { start: '2024-04', end: '2029-03' },
  vision: '大きな計画でも読みやすく',
  areas: AREAS,
  goals,
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(plan));
console.log(`wrote ${out}: ${made} nodes`);
