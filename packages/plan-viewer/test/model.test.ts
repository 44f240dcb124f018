import { expect } from '@open-wc/testing';
import { indexPlan, indicatorProgress, ownProgress, planToCsv, findRanges, fiscalYear, statusProgress } from '../src/plan-model.js';
import { normalizePlan, normalizePlanSteps } from '../src/validate.js';
import type { Plan, PlanNode } from '../src/plan-types.js';

const plan = (goals: unknown[], extra: Record<string, unknown> = {}) => ({ id: 'p', title: 'テスト計画', municipality: 'テスト町', goals, ...extra });

describe('plan progress (PRODUCT §6)', () => {
  it('an increasing indicator: (latest actual − baseline) / (target − baseline)', () => {
    const p = indicatorProgress({
      name: 'サロン数',
      baseline: { year: 2023, value: 12 },
      target: { year: 2028, value: 20 },
      actual: [{ year: 2025, value: 16 }, { year: 2024, value: 14 }],
    });
    expect(p).to.equal(50); // the latest 年度 wins, not the last listed
  });

  it('a decreasing target works the same way', () => {
    expect(indicatorProgress({ name: '日数', baseline: { year: 2023, value: 30 }, target: { year: 2028, value: 10 }, actual: [{ year: 2025, value: 18 }] })).to.equal(60);
  });

  it('clamps to 0–100 %', () => {
    const base = { name: 'x', baseline: { year: 2023, value: 10 }, target: { year: 2028, value: 20 } };
    expect(indicatorProgress({ ...base, actual: [{ year: 2024, value: 25 }] })).to.equal(100);
    expect(indicatorProgress({ ...base, actual: [{ year: 2024, value: 5 }] })).to.equal(0);
    const down = { name: 'y', baseline: { year: 2023, value: 30 }, target: { year: 2028, value: 10 } };
    expect(indicatorProgress({ ...down, actual: [{ year: 2024, value: 40 }] })).to.equal(0);
    expect(indicatorProgress({ ...down, actual: [{ year: 2024, value: 5 }] })).to.equal(100);
  });

  it('no baseline, target or actual: no progress', () => {
    expect(indicatorProgress({ name: 'x', target: { year: 2028, value: 20 }, actual: [{ year: 2024, value: 5 }] })).to.equal(undefined);
    expect(indicatorProgress({ name: 'x', baseline: { year: 2023, value: 1 }, target: { year: 2028, value: 20 } })).to.equal(undefined);
  });

  it('status presets, overridden or extended by plan.statuses', () => {
    expect(['planned', 'started', 'in-progress', 'mostly-done', 'done'].map((s) => statusProgress(s))).to.deep.equal([0, 25, 50, 75, 100]);
    expect(statusProgress('done', { statuses: { done: { label: '済', progress: 90 } } })).to.equal(90);
    expect(statusProgress('review', { statuses: { review: { label: '見直し中', progress: 40 } } })).to.equal(40);
    expect(statusProgress('unknown')).to.equal(undefined);
  });

  it("a node's own indicators win over its status, which wins over its children", () => {
    const node: PlanNode = {
      id: 'a',
      title: 'a',
      status: 'done',
      indicators: [{ name: 'x', baseline: { year: 2023, value: 0 }, target: { year: 2028, value: 10 }, actual: [{ year: 2024, value: 3 }] }],
    };
    expect(ownProgress(node)).to.be.closeTo(30, 1e-9);
    expect(ownProgress({ ...node, indicators: [] })).to.equal(100);
  });

  it('rolls up the mean of children that have progress, skipping those without', () => {
    const { plan: p } = normalizePlan(
      plan([
        {
          id: 'g',
          title: 'goal',
          children: [
            { id: 'a', title: 'a', status: 'done' },
            { id: 'b', title: 'b', status: 'started' },
            { id: 'c', title: 'c' }, // no progress: skipped, not counted as 0
            { id: 'd', title: 'd', children: [{ id: 'd1', title: 'd1', status: 'in-progress' }, { id: 'd2', title: 'd2' }] },
          ],
        },
        { id: 'h', title: 'no progress anywhere', children: [{ id: 'h1', title: 'h1' }] },
      ]),
    );
    const index = indexPlan(p!);
    expect(index.byId.get('d')!.progress).to.equal(50);
    expect(index.byId.get('g')!.progress).to.be.closeTo((100 + 25 + 50) / 3, 1e-9);
    expect(index.byId.get('c')!.progress).to.equal(undefined);
    expect(index.byId.get('h')!.progress).to.equal(undefined);
  });
});

describe('plan validation per node', () => {
  it('counts nodes: total = nodes, loaded + rejected = total, rows in document order', () => {
    const result = normalizePlan(
      plan(
        [
          { id: 'g1', title: 'ok', children: [{ id: 'c1', description: 'no title' }, { id: 'c2', title: 'sibling survives' }] },
          'not a node',
          { id: 'g3', title: 'ok too' },
        ],
        { crossCutting: [{ id: 'x', title: 'cross' }] },
      ),
    );
    expect(result.total).to.equal(6);
    expect(result.rejected).to.equal(2);
    expect(result.loaded).to.equal(4);
    // crossCutting first: x = 1, g1 = 2, c1 = 3, c2 = 4, 'not a node' = 5, g3 = 6
    expect(result.problems).to.deep.include({ row: 3, field: 'title', reason: 'required', value: undefined, severity: 'error' });
    expect(result.problems).to.deep.include({ row: 5, field: '', reason: 'invalid-record', value: 'not a node', severity: 'error' });
    expect(result.plan!.goals.map((g) => g.id)).to.deep.equal(['g1', 'g3']);
    expect(result.plan!.goals[0].children!.map((c) => c.id)).to.deep.equal(['c2']);
  });

  it('children of a rejected node take its place', () => {
    const result = normalizePlan(plan([{ id: 'bad', children: [{ id: 'kid', title: 'kept' }] }]));
    expect(result.plan!.goals.map((g) => g.id)).to.deep.equal(['kid']);
    expect(result.loaded).to.equal(1);
    expect(result.rejected).to.equal(1);
  });

  it('derives missing ids and suffixes duplicate ids, with warnings', () => {
    const result = normalizePlan(plan([{ title: 'no id' }, { id: 'same', title: 'first' }, { id: 'same', title: 'second' }, { id: 'same-2', title: 'third' }]));
    const ids = result.plan!.goals.map((g) => g.id);
    expect(ids[0]).to.equal('n1');
    expect(new Set(ids).size).to.equal(4);
    expect(ids[1]).to.equal('same');
    expect(ids[2]).to.match(/^same-\d+$/);
    expect(result.problems).to.deep.include({ row: 1, field: 'id', reason: 'required', value: undefined, severity: 'warning' });
    expect(result.problems.find((p) => p.reason === 'duplicate-id')).to.include({ row: 3, field: 'id', value: 'same', severity: 'warning' });
    expect(result.rejected).to.equal(0);
  });

  it('wrong types are warnings; the field is dropped and the node loaded', () => {
    const result = normalizePlan(
      plan([{ id: 'a', title: 'a', actors: ['self', 'nobody'], sdgs: [3, 18, '4'], indicators: 'many', links: [{ label: 'x', href: 'javascript:alert(1)' }], status: 5, children: 'none' }]),
    );
    const node = result.plan!.goals[0];
    expect(node.actors).to.deep.equal(['self']);
    expect(node.sdgs).to.deep.equal([3]);
    expect(node.indicators).to.equal(undefined);
    expect(node.links).to.deep.equal([]);
    expect(node.status).to.equal(undefined);
    const fields = result.problems.map((p) => `${p.row}:${p.field}:${p.severity}`);
    expect(fields).to.include.members(['1:actors:warning', '1:sdgs:warning', '1:indicators:warning', '1:links.0:warning', '1:status:warning', '1:children:warning']);
    expect(result.loaded).to.equal(1);
  });

  it('a number id is kept as text with a warning; a title that is not text rejects the node', () => {
    const result = normalizePlan(plan([{ id: 7, title: 'seven' }, { id: 'n', title: 42 }]));
    expect(result.plan!.goals.map((g) => g.id)).to.deep.equal(['7']);
    expect(result.problems).to.deep.include({ row: 2, field: 'title', reason: 'invalid-type', value: 42, severity: 'error' });
  });

  it('moves nodes deeper than 12 levels up to level 12, reporting each', () => {
    let deep: Record<string, unknown> = { id: 'l15', title: 'level 15' };
    for (let level = 14; level >= 1; level--) deep = { id: `l${level}`, title: `level ${level}`, children: [deep] };
    const result = normalizePlan(plan([deep]));
    expect(result.total).to.equal(15);
    expect(result.loaded).to.equal(15);
    const tooDeep = result.problems.filter((p) => p.reason === 'too-deep');
    expect(tooDeep.map((p) => p.row)).to.deep.equal([13, 14, 15]);
    const index = indexPlan(result.plan!);
    expect(Math.max(...index.all.map((i) => i.level))).to.equal(12);
    expect(index.byId.get('l15')!.level).to.equal(12);
    expect(index.byId.get('l11')!.children.map((c) => c.node.id)).to.deep.equal(['l12', 'l13', 'l14', 'l15']);
  });

  it('survives a very deep document without overflowing the stack', () => {
    let deep: Record<string, unknown> = { id: 'leaf', title: 'leaf' };
    for (let level = 0; level < 3000; level++) deep = { id: `d${level}`, title: 't', children: [deep] };
    const result = normalizePlan(plan([deep]));
    expect(result.total).to.equal(3001);
    expect(result.loaded).to.equal(3001);
  });

  it('plan-level problems are row 0; a document that is not an object gives no plan', () => {
    const result = normalizePlan({ title: 'x', goals: {} });
    expect(result.problems.filter((p) => p.row === 0).map((p) => p.field)).to.include.members(['id', 'municipality', 'goals']);
    expect(normalizePlan([1, 2]).plan).to.equal(undefined);
  });
});

describe('plan validation in steps (large plans are read over several tasks)', () => {
  /** A plan with every kind of defect spread over several top-level nodes. */
  const messy = () => ({
    id: 'messy',
    title: '計画',
    municipality: '町',
    areas: [{ id: 'a1', name: '東', level: 1 }],
    goals: Array.from({ length: 6 }, (_, g) => ({
      id: g % 2 ? 'dup' : `g${g}`,
      title: g === 3 ? '' : `目標${g}`,
      actors: g === 1 ? ['self', 'nobody'] : undefined,
      children: Array.from({ length: 5 }, (_, p) => ({
        id: p === 2 ? 'dup' : p === 4 ? 7 : `g${g}-${p}`,
        title: p === 1 && g === 2 ? 42 : `施策${g}-${p}`,
        areas: p === 3 ? ['a1', 'zz'] : undefined,
        status: p === 0 ? 'mystery' : 'started',
        children: [{ title: `取り組み${g}-${p}` }, 'not a node'],
      })),
    })),
  });

  it('normalizePlanSteps pauses after each top-level node and ends with exactly what normalizePlan gives', () => {
    const steps = normalizePlanSteps(messy());
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).to.equal(6);
    const once = normalizePlan(messy());
    expect(step.value).to.deep.equal(once);
    expect(once.problems.length).to.be.greaterThan(20);
    expect(once.problems.filter((p) => p.reason === 'duplicate-id').length).to.be.greaterThan(3);
  });

  it('duplicate ids get the next free suffix, in document order, never one a later node holds', () => {
    const { plan, problems } = normalizePlan({
      id: 'p',
      title: 't',
      municipality: 'm',
      goals: [{ id: 'a', title: '1' }, { id: 'a', title: '2' }, { id: 'a-2', title: '3' }, { id: 'a', title: '4' }],
    });
    expect(plan!.goals.map((n) => n.id)).to.deep.equal(['a', 'a-3', 'a-2', 'a-4']);
    expect(problems.map((p) => [p.row, p.reason, p.value])).to.deep.equal([
      [2, 'duplicate-id', 'a'],
      [4, 'duplicate-id', 'a'],
    ]);
  });
});

describe('plan CSV export', () => {
  it('has exactly the columns of §6, a BOM and CRLF, and quotes where needed', () => {
    const { plan: p } = normalizePlan(
      plan([{ id: 'g', title: '目標, "引用"', kind: 'goal', actors: ['self', 'mutual'], sdgs: [3, 11], status: 'done', children: [{ id: 'c', title: '=1+1' }] }]),
    );
    const csv = planToCsv(indexPlan(p as Plan));
    expect(csv.startsWith('\ufeffid,parentId,kind,title,actors,areas,sdgs,status,progress\r\n')).to.equal(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[1]).to.equal('g,,goal,"目標, ""引用""",self;mutual,,3;11,done,100');
    expect(lines[2]).to.equal("c,g,,'=1+1,,,,,");
  });
});

describe('search normalisation and 年度', () => {
  it('matches katakana, hiragana and full/half width, returning ranges in the original text', () => {
    expect(findRanges('ボランティアの育成', 'ぼらんてぃあ')).to.deep.equal([[0, 6]]);
    expect(findRanges('ｻﾛﾝ活動', 'サロン')).to.deep.equal([[0, 3]]);
    expect(findRanges('ABC abc', 'abc')).to.deep.equal([[0, 3], [4, 7]]);
  });

  it('年度 runs April to March', () => {
    expect(fiscalYear('2020-04')).to.equal(2020);
    expect(fiscalYear('2025-03')).to.equal(2024);
    expect(fiscalYear(new Date('2026-02-01T00:00:00+09:00'))).to.equal(2025);
  });

  it('年度 of a date is taken in Japan time (UTC+9, the same as Intl with Asia/Tokyo), whatever the page time zone', () => {
    const tokyo = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'numeric' });
    const viaIntl = (date: Date) => {
      const parts = tokyo.formatToParts(date);
      const y = Number(parts.find((p) => p.type === 'year')!.value);
      const m = Number(parts.find((p) => p.type === 'month')!.value);
      return m >= 4 ? y : y - 1;
    };
    // Around the 年度 boundary (1 April 00:00 JST = 31 March 15:00 UTC) and around New Year.
    const instants = ['2026-03-31T14:59:59Z', '2026-03-31T15:00:00Z', '2025-12-31T14:59:59Z', '2025-12-31T15:00:00Z', '2019-04-30T15:00:00Z'];
    for (const at of instants) expect(fiscalYear(new Date(at)), at).to.equal(viaIntl(new Date(at)));
    for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2040, 0, 1); t += 7.3 * 24 * 3600 * 1000) expect(fiscalYear(new Date(t))).to.equal(viaIntl(new Date(t)));
    expect(fiscalYear(new Date('2026-03-31T15:00:00Z'))).to.equal(2026);
    expect(fiscalYear(new Date('2026-03-31T14:59:59Z'))).to.equal(2025);
  });
});
