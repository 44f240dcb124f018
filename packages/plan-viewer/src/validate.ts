import type { Problem, ProblemReason, Severity } from '@chiiki/core';
import {
  ACTORS,
  MAX_DEPTH,
  ROLES,
  STATUS_PRESETS,
  type Actor,
  type Indicator,
  type Link,
  type Milestone,
  type Plan,
  type PlanArea,
  type PlanContact,
  type PlanNode,
  type PlanStatus,
  type YearValue,
} from './plan-types.js';

/**
 * Runtime validation of a plan, equal to `plan.schema.json` (a test checks both on valid and invalid
 * samples) and written by hand: no `new Function`, no schema compiler at run time.
 *
 * Rows: plan nodes are the records. A node's `row` is its 1-based position in document order: a
 * depth-first, pre-order walk over `crossCutting` first, then `goals` (the order the viewer shows them),
 * counting every array item, including items that are rejected. `row: 0` is the plan's own fields.
 *
 * - A node without a title (or that is not an object) is rejected (`error`); its children move up to
 *   its place, so a broken node never hides its siblings or its children.
 * - Every other defect is a warning: the field (or the bad list item) is dropped, the node is loaded.
 * - A missing id is derived from the row (`n12`); a repeated id gets a suffix (`-2`) and a warning.
 * - Nodes deeper than `MAX_DEPTH` levels are moved up to that level, right after their level-12
 *   ancestor in document order, with a `too-deep` warning each.
 * - Checks the schema cannot express are warnings only the runtime makes: `duplicate-id`, `too-deep`
 *   and `unknown-code` (an area id not in `areas`, a status neither preset nor in `statuses`).
 */
export interface PlanReadResult {
  /** `undefined` only when the document is not a JSON object at all. */
  plan?: Plan;
  problems: Problem[];
  /** Plan nodes in the document (every array item under `crossCutting`, `goals` and `children`). */
  total: number;
  loaded: number;
  rejected: number;
}

/** Problem reasons only the runtime reports (the schema cannot express them). */
export const RUNTIME_ONLY_REASONS: readonly ProblemReason[] = ['duplicate-id', 'too-deep', 'unknown-code'];

const NON_EMPTY = /\S/;
const YEAR_MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
// eslint-disable-next-line no-control-regex
const HREF = /^(https?:|mailto:|tel:|[./?#]|[^:\s/?#\u0000-\u001f]+([/?#]|$))/u;

type Report = (row: number, field: string, reason: ProblemReason, value: unknown, severity?: Severity) => void;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && NON_EMPTY.test(value);
const isYear = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1900 && (value as number) <= 2200;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const has = (object: Record<string, unknown>, key: string) => Object.prototype.hasOwnProperty.call(object, key) && object[key] !== undefined;

/** Reads a plan document into a normalised `Plan` with problems counted as PRODUCT.md §2 defines. */
export function normalizePlan(raw: unknown): PlanReadResult {
  const steps = normalizePlanSteps(raw);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `normalizePlan` in steps: the generator pauses after each top-level node (with everything under it),
 * so that a caller can spread a large plan over several tasks. The result is the same.
 */
export function* normalizePlanSteps(raw: unknown): Generator<void, PlanReadResult, void> {
  const problems: Problem[] = [];
  const report: Report = (row, field, reason, value, severity = 'warning') => problems.push({ row, field, reason, value, severity });
  if (!isObject(raw)) {
    report(0, '', 'invalid-record', raw, 'error');
    return { problems, total: 0, loaded: 0, rejected: 0 };
  }
  const plan: Plan = { id: '', title: '', municipality: '', goals: [] };
  const areaIds = new Set<string>();
  const statusCodes = new Set(Object.keys(STATUS_PRESETS));

  // The plan's own fields (row 0).
  for (const key of ['id', 'title', 'municipality'] as const) {
    if (!has(raw, key)) report(0, key, 'required', undefined);
    else if (typeof raw[key] !== 'string') report(0, key, 'invalid-type', raw[key]);
    else if (!isText(raw[key])) report(0, key, 'required', raw[key]);
    else plan[key] = raw[key] as string;
  }
  if (!plan.title) plan.title = plan.municipality;
  if (!plan.id) plan.id = 'plan';
  const organizations = stringList(raw, 'organizations', 0, report);
  if (organizations) plan.organizations = organizations;
  if (has(raw, 'period')) {
    const period = raw.period;
    if (isObject(period) && typeof period.start === 'string' && typeof period.end === 'string' && YEAR_MONTH.test(period.start) && YEAR_MONTH.test(period.end))
      plan.period = { start: period.start, end: period.end };
    else report(0, 'period', isObject(period) ? 'invalid-value' : 'invalid-type', period);
  }
  if (has(raw, 'published')) {
    if (typeof raw.published === 'string' && YEAR_MONTH.test(raw.published)) plan.published = raw.published;
    else report(0, 'published', typeof raw.published === 'string' ? 'invalid-value' : 'invalid-type', raw.published);
  }
  if (has(raw, 'vision')) {
    if (typeof raw.vision === 'string') plan.vision = raw.vision;
    else report(0, 'vision', 'invalid-type', raw.vision);
  }
  if (has(raw, 'source')) {
    const source = raw.source;
    if (!isObject(source) || !isText(source.title)) report(0, 'source', isObject(source) ? 'required' : 'invalid-type', source);
    else {
      plan.source = { title: source.title };
      if (has(source, 'url')) {
        if (typeof source.url === 'string' && HREF.test(source.url)) plan.source.url = source.url;
        else report(0, 'source.url', 'invalid-value', source.url);
      }
    }
  }
  if (has(raw, 'contact')) {
    if (!Array.isArray(raw.contact)) report(0, 'contact', 'invalid-type', raw.contact);
    else {
      const contacts: PlanContact[] = [];
      raw.contact.forEach((item, i) => {
        const contact = readContact(item, `contact.${i}`, report);
        if (contact) contacts.push(contact);
      });
      plan.contact = contacts;
    }
  }
  if (has(raw, 'areas')) {
    if (!Array.isArray(raw.areas)) report(0, 'areas', 'invalid-type', raw.areas);
    else {
      const areas: PlanArea[] = [];
      raw.areas.forEach((item, i) => {
        const area = readArea(item, `areas.${i}`, report);
        if (area) {
          areas.push(area);
          areaIds.add(area.id);
        }
      });
      plan.areas = areas;
    }
  }
  if (has(raw, 'statuses')) {
    if (!isObject(raw.statuses)) report(0, 'statuses', 'invalid-type', raw.statuses);
    else {
      const statuses: Record<string, PlanStatus> = {};
      for (const [code, value] of Object.entries(raw.statuses)) {
        if (isObject(value) && isText(value.label) && isNumber(value.progress) && value.progress >= 0 && value.progress <= 100) {
          statuses[code] = { label: value.label, progress: value.progress };
          statusCodes.add(code);
        } else report(0, `statuses.${code}`, 'invalid-value', value);
      }
      plan.statuses = statuses;
    }
  }
  if (has(raw, 'translations')) {
    const translations = readTranslations(raw.translations, ['title', 'municipality', 'vision'], 0, 'translations', report);
    if (translations) plan.translations = translations;
  }

  // The nodes.
  const counter = { row: 0, loaded: 0, rejected: 0 };
  const context: NodeContext = { counter, report, areaIds, checkAreas: Array.isArray(raw.areas), statusCodes, nodes: [], rows: [] };
  if (has(raw, 'crossCutting')) {
    if (Array.isArray(raw.crossCutting)) plan.crossCutting = yield* walkTop(raw.crossCutting, context);
    else report(0, 'crossCutting', 'invalid-type', raw.crossCutting);
  }
  if (!has(raw, 'goals')) report(0, 'goals', 'required', undefined);
  else if (Array.isArray(raw.goals)) plan.goals = yield* walkTop(raw.goals, context);
  else report(0, 'goals', 'invalid-type', raw.goals);

  uniqueIds(context.nodes, context.rows, report);
  return { plan, problems, total: counter.row, loaded: counter.loaded, rejected: counter.rejected };
}

interface NodeContext {
  counter: { row: number; loaded: number; rejected: number };
  report: Report;
  areaIds: Set<string>;
  checkAreas: boolean;
  statusCodes: Set<string>;
  /** Every node read, in the order read (document order, which is also the normalised plan's pre-order), and its row. */
  nodes: PlanNode[];
  rows: number[];
}

/** The top-level array, pausing after each item (see `normalizePlanSteps`). */
function* walkTop(items: unknown[], context: NodeContext): Generator<void, PlanNode[], void> {
  const out: PlanNode[] = [];
  for (const item of items) {
    walkItem(item, 1, context, out);
    yield;
  }
  return out;
}

/** Reads one array of nodes at `depth` (1 = top level). */
function walk(items: unknown[], depth: number, context: NodeContext): PlanNode[] {
  const out: PlanNode[] = [];
  for (const item of items) walkItem(item, depth, context, out);
  return out;
}

/** Reads one node and what is under it into `out` (its children instead when it is rejected). */
function walkItem(item: unknown, depth: number, context: NodeContext, out: PlanNode[]): void {
  const row = ++context.counter.row;
  const node = readNode(item, row, context);
  const children = isObject(item) && Array.isArray(item.children) ? item.children : undefined;
  if (node) context.counter.loaded++;
  else context.counter.rejected++;
  if (depth >= MAX_DEPTH && children?.length) {
    // Too deep: the level-12 node keeps no children; its descendants follow it, in document order.
    if (node) out.push(node);
    flattenTooDeep(children, out, context);
    return;
  }
  const kids = children ? walk(children, depth + 1, context) : [];
  if (node) {
    if (kids.length) node.children = kids;
    out.push(node);
  } else out.push(...kids); // children of a rejected node take its place
}

function flattenTooDeep(items: unknown[], out: PlanNode[], context: NodeContext): void {
  const stack: unknown[] = [...items].reverse();
  while (stack.length) {
    const item = stack.pop();
    const row = ++context.counter.row;
    const node = readNode(item, row, context);
    if (node) {
      context.counter.loaded++;
      context.report(row, 'children', 'too-deep', MAX_DEPTH + 1);
      out.push(node);
    } else context.counter.rejected++;
    if (isObject(item) && Array.isArray(item.children)) for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]);
  }
}

/** One node without its children; `undefined` when it is rejected. */
function readNode(item: unknown, row: number, context: NodeContext): PlanNode | undefined {
  const { report } = context;
  if (!isObject(item)) {
    report(row, '', 'invalid-record', item, 'error');
    return undefined;
  }
  if (!has(item, 'title')) {
    report(row, 'title', 'required', undefined, 'error');
    return undefined;
  }
  if (typeof item.title !== 'string') {
    report(row, 'title', 'invalid-type', item.title, 'error');
    return undefined;
  }
  if (!isText(item.title)) {
    report(row, 'title', 'required', item.title, 'error');
    return undefined;
  }
  const node: PlanNode = { id: '', title: item.title };
  context.nodes.push(node);
  context.rows.push(row);
  if (!has(item, 'id')) report(row, 'id', 'required', undefined);
  else if (typeof item.id === 'number' && Number.isFinite(item.id)) {
    report(row, 'id', 'invalid-type', item.id);
    node.id = String(item.id);
  } else if (typeof item.id !== 'string') report(row, 'id', 'invalid-type', item.id);
  else if (!isText(item.id)) report(row, 'id', 'required', item.id);
  else node.id = item.id;
  if (!node.id) node.id = `n${row}`;

  if (has(item, 'kind')) {
    if (isText(item.kind)) node.kind = item.kind;
    else report(row, 'kind', 'invalid-type', item.kind);
  }
  for (const key of ['number', 'description'] as const) {
    if (!has(item, key)) continue;
    if (typeof item[key] === 'string') node[key] = item[key] as string;
    else report(row, key, 'invalid-type', item[key]);
  }
  if (has(item, 'children') && !Array.isArray(item.children)) report(row, 'children', 'invalid-type', item.children);

  if (has(item, 'actors')) {
    if (!Array.isArray(item.actors)) report(row, 'actors', 'invalid-type', item.actors);
    else {
      const good = item.actors.filter((a): a is Actor => (ACTORS as readonly unknown[]).includes(a));
      if (good.length < item.actors.length) report(row, 'actors', 'invalid-value', item.actors.filter((a) => !good.includes(a as Actor)));
      node.actors = [...new Set(good)];
    }
  }
  if (has(item, 'roles')) {
    if (!isObject(item.roles)) report(row, 'roles', 'invalid-type', item.roles);
    else {
      const roles: PlanNode['roles'] = {};
      for (const role of ROLES) {
        const list = stringList(item.roles, role, row, report, 'roles.');
        if (list) roles[role] = list;
      }
      node.roles = roles;
    }
  }
  const areas = stringList(item, 'areas', row, report);
  if (areas) {
    node.areas = areas;
    const unknown = context.checkAreas ? areas.filter((a) => !context.areaIds.has(a)) : [];
    if (unknown.length) report(row, 'areas', 'unknown-code', unknown);
  }
  if (has(item, 'indicators')) {
    if (!Array.isArray(item.indicators)) report(row, 'indicators', 'invalid-type', item.indicators);
    else {
      const indicators: Indicator[] = [];
      item.indicators.forEach((value, i) => {
        const indicator = readIndicator(value, row, `indicators.${i}`, report);
        if (indicator) indicators.push(indicator);
      });
      node.indicators = indicators;
    }
  }
  if (has(item, 'status')) {
    if (!isText(item.status)) report(row, 'status', 'invalid-type', item.status);
    else {
      node.status = item.status;
      if (!context.statusCodes.has(item.status)) report(row, 'status', 'unknown-code', item.status);
    }
  }
  if (has(item, 'sdgs')) {
    if (!Array.isArray(item.sdgs)) report(row, 'sdgs', 'invalid-type', item.sdgs);
    else {
      const good = item.sdgs.filter((n): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 17);
      if (good.length < item.sdgs.length) report(row, 'sdgs', 'invalid-value', item.sdgs.filter((n) => !good.includes(n as number)));
      node.sdgs = [...new Set(good)];
    }
  }
  if (has(item, 'links')) {
    if (!Array.isArray(item.links)) report(row, 'links', 'invalid-type', item.links);
    else {
      const links: Link[] = [];
      item.links.forEach((link, i) => {
        if (isObject(link) && isText(link.label) && isText(link.href) && HREF.test(link.href)) links.push({ label: link.label, href: link.href });
        else report(row, `links.${i}`, 'invalid-value', link);
      });
      node.links = links;
    }
  }
  const salonIds = stringList(item, 'salonIds', row, report);
  if (salonIds) node.salonIds = salonIds;
  if (has(item, 'milestones')) {
    if (!Array.isArray(item.milestones)) report(row, 'milestones', 'invalid-type', item.milestones);
    else {
      const milestones: Milestone[] = [];
      item.milestones.forEach((m, i) => {
        if (isObject(m) && isYear(m.year) && isText(m.label)) milestones.push({ year: m.year, label: m.label });
        else report(row, `milestones.${i}`, 'invalid-value', m);
      });
      node.milestones = milestones;
    }
  }
  if (has(item, 'translations')) {
    const translations = readTranslations(item.translations, ['title', 'description'], row, 'translations', report);
    if (translations) node.translations = translations;
  }
  return node;
}

function stringList(object: Record<string, unknown>, key: string, row: number, report: Report, prefix = ''): string[] | undefined {
  if (!has(object, key)) return undefined;
  const value = object[key];
  if (!Array.isArray(value)) {
    report(row, prefix + key, 'invalid-type', value);
    return undefined;
  }
  const good = value.filter(isText);
  if (good.length < value.length) report(row, prefix + key, 'invalid-type', value.filter((v) => !isText(v)));
  return good;
}

function readYearValue(value: unknown): YearValue | undefined {
  return isObject(value) && isYear(value.year) && isNumber(value.value) ? { year: value.year, value: value.value } : undefined;
}

function readIndicator(value: unknown, row: number, field: string, report: Report): Indicator | undefined {
  if (!isObject(value) || !isText(value.name)) {
    report(row, field, isObject(value) ? 'required' : 'invalid-type', value);
    return undefined;
  }
  const indicator: Indicator = { name: value.name };
  if (has(value, 'unit')) {
    if (typeof value.unit === 'string') indicator.unit = value.unit;
    else report(row, `${field}.unit`, 'invalid-type', value.unit);
  }
  for (const key of ['baseline', 'target'] as const) {
    if (!has(value, key)) continue;
    const yearValue = readYearValue(value[key]);
    if (yearValue) indicator[key] = yearValue;
    else report(row, `${field}.${key}`, 'invalid-value', value[key]);
  }
  if (has(value, 'actual')) {
    if (!Array.isArray(value.actual)) report(row, `${field}.actual`, 'invalid-type', value.actual);
    else {
      const actual = value.actual.map(readYearValue).filter((v): v is YearValue => !!v);
      if (actual.length < value.actual.length) report(row, `${field}.actual`, 'invalid-value', value.actual);
      indicator.actual = actual;
    }
  }
  return indicator;
}

function readContact(value: unknown, field: string, report: Report): PlanContact | undefined {
  if (!isObject(value) || !isText(value.name)) {
    report(0, field, isObject(value) ? 'required' : 'invalid-type', value);
    return undefined;
  }
  const contact: PlanContact = { name: value.name };
  for (const key of ['address', 'phone', 'fax', 'email', 'url'] as const) {
    if (!has(value, key)) continue;
    const v = value[key];
    if (typeof v === 'string' && (key !== 'url' || HREF.test(v))) contact[key] = v;
    else report(0, `${field}.${key}`, typeof v === 'string' ? 'invalid-value' : 'invalid-type', v);
  }
  return contact;
}

function readArea(value: unknown, field: string, report: Report): PlanArea | undefined {
  if (!isObject(value) || !isText(value.id) || !isText(value.name) || !Number.isInteger(value.level) || (value.level as number) < 1) {
    report(0, field, isObject(value) ? 'invalid-value' : 'invalid-type', value);
    return undefined;
  }
  const area: PlanArea = { id: value.id, name: value.name, level: value.level as number };
  for (const key of ['levelName', 'parent', 'description'] as const) {
    if (!has(value, key)) continue;
    if (typeof value[key] === 'string') area[key] = value[key] as string;
    else report(0, `${field}.${key}`, 'invalid-type', value[key]);
  }
  if (has(value, 'translations')) {
    const translations = readTranslations(value.translations, ['name', 'description'], 0, `${field}.translations`, report);
    if (translations) area.translations = translations;
  }
  return area;
}

function readTranslations<K extends string>(
  value: unknown,
  keys: readonly K[],
  row: number,
  field: string,
  report: Report,
): Record<string, Partial<Record<K, string>>> | undefined {
  if (!isObject(value)) {
    report(row, field, 'invalid-type', value);
    return undefined;
  }
  const out: Record<string, Partial<Record<K, string>>> = {};
  for (const [lang, entry] of Object.entries(value)) {
    if (!isObject(entry)) {
      report(row, `${field}.${lang}`, 'invalid-type', entry);
      continue;
    }
    const texts: Partial<Record<K, string>> = {};
    for (const key of keys) {
      if (!has(entry, key)) continue;
      if (typeof entry[key] === 'string') texts[key] = entry[key] as string;
      else report(row, `${field}.${lang}.${key}`, 'invalid-type', entry[key]);
    }
    out[lang] = texts;
  }
  return out;
}

/**
 * Gives every node a unique id: the first keeps it, later ones get `-2`, `-3`… and a warning. `nodes`
 * are in document order (the order they were read), `rows` their rows.
 */
function uniqueIds(nodes: PlanNode[], rows: number[], report: Report): void {
  const used = new Set<string>();
  let repeated: number[] | undefined;
  for (let i = 0; i < nodes.length; i++) {
    const id = nodes[i].id;
    if (used.has(id)) (repeated ??= []).push(i);
    else used.add(id);
  }
  if (!repeated) return;
  // `used` now holds every id that occurs (the first of each): a suffix never takes an id a later node has.
  for (const i of repeated) {
    const node = nodes[i];
    const original = node.id;
    let n = 2;
    while (used.has(`${original}-${n}`)) n++;
    node.id = `${original}-${n}`;
    used.add(node.id);
    report(rows[i], 'id', 'duplicate-id', original);
  }
}

/** Visits every node in display order (crossCutting, then goals; pre-order). Iterative: never overflows. */
export function eachNode(plan: Plan, visit: (node: PlanNode, parent: PlanNode | undefined, depth: number) => void): void {
  const stack: [PlanNode, PlanNode | undefined, number][] = [];
  const roots = [...(plan.crossCutting ?? []), ...plan.goals];
  for (let i = roots.length - 1; i >= 0; i--) stack.push([roots[i], undefined, 1]);
  while (stack.length) {
    const [node, parent, depth] = stack.pop()!;
    visit(node, parent, depth);
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], node, depth + 1]);
  }
}
