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
  const indicators = node.indicators;
  if (indicators?.length) {
    let sum = 0;
    let count = 0;
    for (const indicator of indicators) {
      const value = indicatorProgress(indicator);
      if (value === undefined) continue;
      sum += value;
      count++;
    }
    if (count) return sum / count;
  }
  return statusProgress(node.status, plan);
}

/**
 * Whether a node or one of its ancestors carries the tag: a filter on a goal also shows what it
 * contains. Walks up (at most `MAX_DEPTH` steps) instead of keeping a set per node, so that indexing
 * allocates nothing per node beyond its entry.
 */
export function hasActor(item: IndexedNode, actor: Actor): boolean {
  for (let at: IndexedNode | undefined = item; at; at = at.parent) if (at.node.actors?.includes(actor)) return true;
  return false;
}

/** See `hasActor`: the node's or an ancestor's `areas` hold the area id. */
export function hasArea(item: IndexedNode, area: string): boolean {
  for (let at: IndexedNode | undefined = item; at; at = at.parent) if (at.node.areas?.includes(area)) return true;
  return false;
}

/** See `hasActor`: the node's or an ancestor's `sdgs` hold the goal number. */
export function hasSdg(item: IndexedNode, sdg: number): boolean {
  for (let at: IndexedNode | undefined = item; at; at = at.parent) if (at.node.sdgs?.includes(sdg)) return true;
  return false;
}

/** Builds the index: parents, levels and rolled-up progress (iterative; any depth; one object per node). */
export function indexPlan(plan: Plan): PlanIndex {
  const all: IndexedNode[] = [];
  const byId = new Map<string, IndexedNode>();
  const roots: PlanIndex['roots'] = { crossCutting: [], goals: [] };
  for (const section of ['crossCutting', 'goals'] as const) {
    // Pre-order with an explicit stack of nodes and their parents (two arrays: no tuple per node).
    const nodes: PlanNode[] = [];
    const parents: (IndexedNode | undefined)[] = [];
    const top = plan[section] ?? [];
    for (let i = top.length - 1; i >= 0; i--) {
      nodes.push(top[i]);
      parents.push(undefined);
    }
    while (nodes.length) {
      const node = nodes.pop()!;
      const parent = parents.pop();
      const item: IndexedNode = { node, index: all.length, parent, children: [], level: parent ? parent.level + 1 : 1, section, progress: undefined };
      all.push(item);
      if (!byId.has(node.id)) byId.set(node.id, item);
      if (parent) parent.children.push(item);
      else roots[section].push(item);
      const children = node.children;
      if (children)
        for (let i = children.length - 1; i >= 0; i--) {
          nodes.push(children[i]);
          parents.push(item);
        }
    }
  }
  // Roll-up, children before parents: own progress wins, else the mean of children that have one.
  for (let i = all.length - 1; i >= 0; i--) {
    const item = all[i];
    const own = ownProgress(item.node, plan);
    if (own !== undefined) {
      item.progress = own;
      continue;
    }
    let sum = 0;
    let count = 0;
    for (const child of item.children) {
      if (child.progress === undefined) continue;
      sum += child.progress;
      count++;
    }
    if (count) item.progress = sum / count;
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

/** Japan Standard Time is UTC+9 all year (no daylight saving time since 1951). */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/**
 * The 年度 (April–March) a `YYYY-MM` month or a date belongs to (a date: its month in Japan). Plain
 * arithmetic on the fixed UTC+9 offset: an `Intl.DateTimeFormat` with a time zone costs tens of ms to
 * create on a page's first use, in the middle of the first render.
 */
export function fiscalYear(value: string | Date): number {
  if (typeof value === 'string') {
    const [y, m] = value.split('-').map(Number);
    return m >= 4 ? y : y - 1;
  }
  const tokyo = new Date(value.getTime() + JST_OFFSET_MS);
  const y = tokyo.getUTCFullYear();
  return tokyo.getUTCMonth() + 1 >= 4 ? y : y - 1;
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
