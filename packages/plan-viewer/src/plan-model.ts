import { STATUS_PRESETS, type Actor, type Indicator, type Plan, type PlanNode } from './plan-types.js';

/**
 * Pure helpers over a normalised plan (no DOM): progress arithmetic of PRODUCT.md §6, an index for
 * the viewer, search normalisation with highlight ranges, filters and the CSV/JSON exports.
 */

/** A node with everything the viewer needs, computed once per plan. */
export interface IndexedNode {
  node: PlanNode;
  /** Position in display order (crossCutting first, then goals; pre-order). */
  index: number;
  parent?: IndexedNode;
  children: IndexedNode[];
  /** 1 = top level. */
  level: number;
  section: 'crossCutting' | 'goals';
  /** Own progress or roll-up in % (0–100), `undefined` when neither the node nor its children have any. */
  progress?: number;
  /** Tags of the node and its ancestors: a filter on a goal also shows what it contains. */
  actors: Set<Actor>;
  areas: Set<string>;
  sdgs: Set<number>;
}

export interface PlanIndex {
  plan: Plan;
  /** Every node in display order. */
  all: IndexedNode[];
  roots: { crossCutting: IndexedNode[]; goals: IndexedNode[] };
  byId: Map<string, IndexedNode>;
}

const clamp = (value: number) => Math.min(100, Math.max(0, value));

/**
 * An indicator's progress: `(latest actual − baseline) / (target − baseline)` clamped to 0–100 %
 * (decreasing targets work the same way: both differences are negative). The latest actual is the one
 * with the highest 年度 (the last listed on a tie). No baseline, target or actual: no progress.
 * A target equal to its baseline (keep a level) is 100 % when the latest actual equals it, else 0 %.
 */
export function indicatorProgress(indicator: Indicator): number | undefined {
  const { baseline, target, actual } = indicator;
  if (!baseline || !target || !actual?.length) return undefined;
  let latest = actual[0];
  for (const a of actual) if (a.year >= latest.year) latest = a;
  const span = target.value - baseline.value;
  if (span === 0) return latest.value === target.value ? 100 : 0;
  return clamp(((latest.value - baseline.value) / span) * 100);
}

/** A status code's progress: the plan's own `statuses` win over the presets; unknown codes have none. */
export function statusProgress(status: string | undefined, plan?: Pick<Plan, 'statuses'>): number | undefined {
  if (!status) return undefined;
  const own = plan?.statuses?.[status];
  if (own) return clamp(own.progress);
  return Object.prototype.hasOwnProperty.call(STATUS_PRESETS, status) ? STATUS_PRESETS[status] : undefined;
}

/** A node's own progress: the mean of its indicators that have one, else its status; else `undefined`. */
export function ownProgress(node: PlanNode, plan?: Pick<Plan, 'statuses'>): number | undefined {
  const values = (node.indicators ?? []).map(indicatorProgress).filter((v): v is number => v !== undefined);
  if (values.length) return mean(values);
  return statusProgress(node.status, plan);
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

const EMPTY = new Set<never>();

/** The parent's tags plus the node's own; shared (never copied) when the node adds none. Never mutated. */
function inherit<T>(from: Set<T> | undefined, own: T[] | undefined): Set<T> {
  if (!own?.length) return from ?? (EMPTY as Set<T>);
  if (!from?.size) return new Set(own);
  const set = new Set(from);
  for (const value of own) set.add(value);
  return set;
}

/** Builds the index: parents, levels, inherited tags and rolled-up progress (iterative; any depth). */
export function indexPlan(plan: Plan): PlanIndex {
  const all: IndexedNode[] = [];
  const byId = new Map<string, IndexedNode>();
  const roots: PlanIndex['roots'] = { crossCutting: [], goals: [] };
  const stack: [PlanNode, IndexedNode | undefined, IndexedNode['section']][] = [];
  const push = (nodes: PlanNode[] | undefined, parent: IndexedNode | undefined, section: IndexedNode['section']) => {
    if (!nodes) return;
    for (let i = nodes.length - 1; i >= 0; i--) stack.push([nodes[i], parent, section]);
  };
  push(plan.goals, undefined, 'goals');
  push(plan.crossCutting, undefined, 'crossCutting');
  while (stack.length) {
    const [node, parent, section] = stack.pop()!;
    const item: IndexedNode = {
      node,
      index: all.length,
      parent,
      children: [],
      level: parent ? parent.level + 1 : 1,
      section,
      actors: inherit(parent?.actors, node.actors),
      areas: inherit(parent?.areas, node.areas),
      sdgs: inherit(parent?.sdgs, node.sdgs),
    };
    all.push(item);
    if (!byId.has(node.id)) byId.set(node.id, item);
    if (parent) parent.children.push(item);
    else roots[section].push(item);
    push(node.children, item, section);
  }
  // Roll-up, children before parents: own progress wins, else the mean of children that have one.
  for (let i = all.length - 1; i >= 0; i--) {
    const item = all[i];
    const own = ownProgress(item.node, plan);
    if (own !== undefined) item.progress = own;
    else {
      const values = item.children.map((c) => c.progress).filter((v): v is number => v !== undefined);
      if (values.length) item.progress = mean(values);
    }
  }
  return { plan, all, roots, byId };
}

/** The chain from the top level down to `item` (inclusive). */
export function pathTo(item: IndexedNode): IndexedNode[] {
  const path: IndexedNode[] = [];
  for (let at: IndexedNode | undefined = item; at; at = at.parent) path.unshift(at);
  return path;
}

// ---------------------------------------------------------------- search

const KATAKANA = /[\u30a1-\u30f6]/g;

/** NFKC, lower case, katakana → hiragana: ｶﾀｶﾅ, カタカナ and かたかな match each other. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(KATAKANA, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/** Ranges `[start, end)` of `query` in `text`, in `text`'s own positions (normalisation may change lengths). */
export function findRanges(text: string, query: string): [number, number][] {
  const needle = normalizeText(query.trim());
  if (!needle || !normalizeText(text).includes(needle)) return [];
  let normalized = '';
  const map: number[] = []; // normalized position → original position
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const n = normalizeText(ch);
    for (let k = 0; k < n.length; k++) map.push(i);
    normalized += n;
    i += ch.length;
  }
  map.push(text.length);
  const ranges: [number, number][] = [];
  for (let at = normalized.indexOf(needle); at !== -1; at = normalized.indexOf(needle, at + needle.length)) {
    const start = map[at];
    let end = map[at + needle.length];
    if (end <= start) end = start + 1;
    ranges.push([start, end]);
  }
  return ranges;
}

// ---------------------------------------------------------------- export

export const CSV_COLUMNS = ['id', 'parentId', 'kind', 'title', 'actors', 'areas', 'sdgs', 'status', 'progress'] as const;

function csvCell(value: string): string {
  // A cell starting with = + @ could run as a formula in a spreadsheet: keep it text.
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * CSV of every node: `id, parentId, kind, title, actors, areas, sdgs, status, progress`; lists joined
 * with `;`, progress in whole % (empty when none); UTF-8 with BOM and CRLF so that Excel opens it.
 */
export function planToCsv(index: PlanIndex): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const item of index.all) {
    const { node } = item;
    lines.push(
      [
        node.id,
        item.parent?.node.id ?? '',
        node.kind ?? '',
        node.title,
        (node.actors ?? []).join(';'),
        (node.areas ?? []).join(';'),
        (node.sdgs ?? []).join(';'),
        node.status ?? '',
        item.progress === undefined ? '' : String(Math.round(item.progress)),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/** The normalised plan as JSON (it validates against `plan.schema.json`). */
export function planToJson(plan: Plan): string {
  return JSON.stringify(plan, null, 2) + '\n';
}

// ---------------------------------------------------------------- 年度

let tokyo: Intl.DateTimeFormat | undefined;

/** The 年度 (April–March) a `YYYY-MM` month or a date belongs to. */
export function fiscalYear(value: string | Date): number {
  if (typeof value === 'string') {
    const [y, m] = value.split('-').map(Number);
    return m >= 4 ? y : y - 1;
  }
  tokyo ??= new Intl.DateTimeFormat('en', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'numeric' });
  const parts = tokyo.formatToParts(value);
  const y = Number(parts.find((p) => p.type === 'year')!.value);
  const m = Number(parts.find((p) => p.type === 'month')!.value);
  return m >= 4 ? y : y - 1;
}

const ERAS = {
  kanji: ['令和', '平成', '昭和', '元'],
  hangul: ['레이와 ', '헤이세이 ', '쇼와 ', '1'],
  latin: ['Reiwa ', 'Heisei ', 'Shōwa ', '1'],
} as const;

/**
 * 令和6年度-style era name of a 年度 (令和元 is 2019): in kanji by default (Japanese and Chinese),
 * `hangul` (레이와 6) or `latin` (Reiwa 6) for readers of other scripts.
 */
export function eraYear(year: number, script: keyof typeof ERAS = 'kanji'): string {
  const [reiwa, heisei, showa, first] = ERAS[script];
  if (year >= 2019) return `${reiwa}${year === 2019 ? first : year - 2018}`;
  if (year >= 1989) return `${heisei}${year === 1989 ? first : year - 1988}`;
  return `${showa}${year - 1925}`;
}
