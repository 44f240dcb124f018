import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import {
  ChiikiError,
  ChiikiErrorEvent,
  ChiikiLoadEvent,
  ChiikiSelectEvent,
  LocaleController,
  ensureStrings,
  onStringsChanged,
  registerLazyStrings,
  registerStrings,
  renderRuby,
  sourceFromElement,
  stripRuby,
  themeStyles,
  type Locale,
  type Problem,
} from '@chiiki/core';
import { ACTORS, ROLES, SDG_NUMBERS, KNOWN_KINDS, type Actor, type Indicator, type Plan, type PlanNode, type YearValue } from './plan-types.js';
import { normalizePlanSteps, type PlanReadResult } from './validate.js';
import {
  eraYear,
  findRanges,
  fiscalYear,
  hasActor,
  hasArea,
  hasSdg,
  indexPlan,
  normalizeText,
  pathTo,
  planToCsv,
  planToJson,
  type IndexedNode,
  type PlanIndex,
} from './plan-model.js';
import { readPlanDocument } from './read-plan.js';
import { styles } from './plan-viewer.styles.js';
import { fillWidth } from './fill-width.js';
import { sizeHint } from './size-hint.js';
import { strings } from './strings.js';
import { lazyStrings } from './locales/lazy.js';

export type PlanExpand = 'none' | 'goals' | 'all';
type LoadState = 'idle' | 'loading' | 'ready' | 'error';
type TreeName = 'crossCutting' | 'goals';

const HREF = /^(https?:|mailto:|tel:|[./?#]|[^:\s/?#\u0000-\u001f]+([/?#]|$))/u; // eslint-disable-line no-control-regex
const intlLocale = (locale: Locale) => (locale === 'ja-x-easy' ? 'ja' : locale);
const isJapanese = (locale: Locale) => locale === 'ja' || locale === 'ja-x-easy';

/** The message of each chiiki-error code the plan viewer reports (others: `plan.error.default`). */
const ERROR_KEYS: Record<string, string> = {
  'fetch-failed': 'plan.error.fetch-failed',
  'http-status': 'plan.error.http-status',
  timeout: 'plan.error.timeout',
  'parse-failed': 'plan.error.parse-failed',
  empty: 'plan.error.empty',
};

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Strings of the tree rows, translated once per render. */
interface RowStrings {
  key: string;
  kind: (node: PlanNode) => string;
  percent: (v: number) => string;
  progressOf: (title: string) => string;
  inText: string;
}

/** A shown treeitem: its node, set size, position among shown siblings and number of shown children. */
interface TreeRow {
  item: IndexedNode;
  size: number;
  pos: number;
  children: number;
}

/** The shown rows under one top-level item, with a signature of everything those rows render from. */
interface RowGroup {
  root: IndexedNode;
  signature: string;
  rows: { item: IndexedNode; render: () => unknown }[];
}

/** A text in the reader's language where the data has it, with the language it is written in. */
interface Shown {
  text: string;
  lang: string;
}

/**
 * @summary 地域福祉計画 viewer: the vision (基本理念), goals and actions as an accessible tree with search,
 * filters (自助・互助・共助・公助, area, SDGs), progress roll-up, a 年度 timeline, deep links, JSON/CSV export
 * and a print view.
 *
 * Data: `src` (URL of a plan JSON), the `data` property, or an inline `<script type="application/json">`.
 * The model is `@chiiki/plan-viewer/plan.schema.json`. Problems are counted per node: `total` is the
 * number of plan nodes, `row` a node's 1-based position in document order (crossCutting first, then
 * goals, depth-first), `row: 0` the plan's own fields.
 *
 * Keyboard (tree): one tab stop for both trees (横断的取組目標, then the goals); ↑/↓ move through the
 * shown items of both in order, → opens or goes to the first child, ← closes or goes to the parent,
 * Home/End first/last of the tree, Enter/Space select (and open or close), `*` opens the siblings, a
 * letter goes to the next item starting with it.
 *
 * @fires chiiki-load - The plan was read: `{ total, loaded, rejected, problems, source? }` (total = nodes).
 * @fires chiiki-error - The plan could not be read: `{ error: { code, message }, problems }`.
 * @fires chiiki-select - A node was selected (by the reader or a deep link): `{ item }`, the normalised node.
 *
 * @csspart header - Title, municipality, period.
 * @csspart vision - The 基本理念 box.
 * @csspart controls - Search, filters and actions (hidden in print).
 * @csspart tree - Each tree (`role="tree"`).
 * @csspart item - Each node row.
 * @csspart progress - Each progress bar.
 * @csspart timeline - The 年度 timeline.
 * @csspart notice - The notice about problems in the data.
 *
 * @cssproperty --chiiki-color-primary - Buttons, links, the progress fill and the selection.
 * @cssproperty --chiiki-color-on-primary - Text on primary.
 * @cssproperty --chiiki-color-text - Text.
 * @cssproperty --chiiki-color-muted - Secondary text.
 * @cssproperty --chiiki-color-background - Background.
 * @cssproperty --chiiki-color-surface - The vision box, chips and the progress track.
 * @cssproperty --chiiki-color-border - Borders.
 * @cssproperty --chiiki-color-focus - Focus ring.
 * @cssproperty --chiiki-color-accent - Search highlight outline, current 年度.
 * @cssproperty --chiiki-color-danger - Error messages.
 * @cssproperty --chiiki-font-family - Font.
 * @cssproperty --chiiki-radius - Corner radius.
 * @cssproperty --chiiki-space - Spacing.
 */
export class ChiikiPlanViewer extends LitElement {
  static override styles = [themeStyles, styles];

  static {
    // ja and en come with the element; each other locale is a chunk loaded when first needed.
    registerStrings(strings);
    registerLazyStrings(lazyStrings);
  }

  readonly #i18n = new LocaleController(this);
  /** Bumped when any strings change (a lazily loaded locale, an override): cached row and timeline templates are redone. */
  #stringsVersion = 0;
  #unsubscribeStrings?: () => void;
  #abort?: AbortController;
  #loadedSource?: string;

  @state() private _state: LoadState = 'idle';
  @state() private _index?: PlanIndex;
  @state() private _problems: Problem[] = [];
  @state() private _counts = { total: 0, loaded: 0, rejected: 0 };
  @state() private _error?: ChiikiError;
  @state() private _expanded = new Set<string>();
  @state() private _selected?: string;
  @state() private _focus?: string;
  @state() private _query = '';
  @state() private _actors = new Set<Actor>();
  @state() private _area = '';
  @state() private _sdg = 0;
  @state() private _printing = false;

  /** URL of the plan JSON (see `plan.schema.json`). */
  @property({ type: String }) src = '';

  /** The plan as an object (wins over `src` and inline JSON). */
  @property({ attribute: false }) data?: unknown;

  /** What is open at first: `none` (top level only), `goals` (each top-level node open) or `all`. */
  @property({ type: String }) expand: PlanExpand = 'goals';

  /** `show` or `hide` the progress bars. */
  @property({ type: String }) progress: 'show' | 'hide' = 'show';

  /** Start filtered by these actors: comma-separated `self`, `mutual`, `community`, `public`. */
  @property({ type: String, attribute: 'filter-actor' }) filterActor = '';

  /** Keep the selected node in the URL fragment (`#node=ID`, or `#<element id>.node=ID`) and restore it. */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;

  /** Show the full row/field table of data problems (for staff). */
  @property({ type: Boolean }) debug = false;

  /** `light` (default), `dark` or `high-contrast`. */
  @property({ type: String, reflect: true }) theme = '';

  /** Where a salon id links to; `{id}` is replaced by the id. */
  @property({ type: String, attribute: 'salon-url' }) salonUrl = 'salons.html#salon={id}';

  /** The normalised plan (after validation), or `undefined` before it is read. */
  get plan(): Plan | undefined {
    return this._index?.plan;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribeStrings = onStringsChanged(() => this.#stringsVersion++);
    window.addEventListener('hashchange', this.#onHashChange);
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
    if (this.hasUpdated) void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeStrings?.();
    window.removeEventListener('hashchange', this.#onHashChange);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
    this.#abort?.abort();
    this.#loadedSource = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filterActor')) {
      this._actors = new Set(
        this.filterActor
          .split(/[\s,、]+/)
          .map((a) => a.trim())
          .filter((a): a is Actor => (ACTORS as readonly string[]).includes(a)),
      );
    }
    if (changed.has('expand') && changed.get('expand') !== undefined && this._index) this.#applyExpand();
    if (changed.has('src') || changed.has('data')) void this.#load();
  }

  /** `updateComplete` also waits for the strings of a locale loaded on demand (then the element shows them). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await ensureStrings(this.#i18n.locale);
    return super.getUpdateComplete();
  }

  protected override updated(): void {
    if (this.#moreToRender) {
      this.#moreToRender = false;
      setTimeout(() => this.requestUpdate(), 0);
    }
    if (this.#pendingFocus) {
      const id = this.#pendingFocus;
      this.#pendingFocus = undefined;
      const item = this._index?.byId.get(id);
      if (item) this.renderRoot.querySelector<HTMLElement>(`#t${item.index}`)?.focus();
    }
  }

  // ------------------------------------------------------------------ loading

  async #load(): Promise<void> {
    const source = sourceFromElement(this, this.src, this.data);
    const key = source?.kind === 'url' ? source.url : source;
    if (this.#loadedSource === key && source?.kind !== 'value' && this._state !== 'idle') return;
    this.#loadedSource = key as string | undefined;
    this.#abort?.abort();
    if (!source) {
      this._state = 'idle';
      this._index = undefined;
      return;
    }
    const abort = (this.#abort = new AbortController());
    this._state = 'loading';
    this._error = undefined;
    try {
      const raw = await readPlanDocument(source, abort.signal);
      if (abort.signal.aborted) return;
      const result = await this.#normalize(raw, abort.signal);
      if (!result) return;
      if (!result.plan) throw new ChiikiError('parse-failed', 'The document is not a plan (a JSON object).', result.problems);
      // A large plan: validation, indexing and the first render each get their own task, so it never blocks
      // the page in one piece. A smaller one is read and shown in the task that received it (no frame in between).
      const large = result.total > ChiikiPlanViewer.#LARGE;
      if (large) await nextTask();
      if (abort.signal.aborted) return;
      const index = indexPlan(result.plan);
      // The plan appears in the reader's language at once: its strings chunk (if any) first, 3 s at most.
      // Strings already in (ja, en, a locale loaded before) resolve within this task.
      let wait: ReturnType<typeof setTimeout> | undefined;
      const giveUp = new Promise((resolve) => (wait = setTimeout(resolve, 3000)));
      await Promise.all([large ? nextTask() : undefined, Promise.race([ensureStrings(this.#i18n.locale), giveUp]).finally(() => clearTimeout(wait))]);
      if (abort.signal.aborted) return;
      this._problems = result.problems;
      this._counts = { total: result.total, loaded: result.loaded, rejected: result.rejected };
      this._index = index;
      this._selected = undefined;
      this._focus = undefined;
      this._query = '';
      this._area = '';
      this._sdg = 0;
      this.#applyExpand();
      this._state = 'ready';
      this.dispatchEvent(
        new ChiikiLoadEvent({ ...this._counts, problems: result.problems, ...(source.kind === 'url' ? { source: source.url } : {}) }),
      );
      if (this.urlState) this.#restoreFromUrl();
      this.#warmSearch(index);
    } catch (error) {
      if (abort.signal.aborted) return;
      this._error = error instanceof ChiikiError ? error : new ChiikiError('parse-failed', String(error));
      this._state = 'error';
      this.dispatchEvent(new ChiikiErrorEvent({ error: { code: this._error.code, message: this._error.message }, problems: this._error.problems }));
    }
  }

  /**
   * Validates in the task that received the plan while that takes little time; a large plan is read in
   * slices of about 40 ms (top-level nodes with all they hold), a task each. `undefined` when aborted.
   */
  async #normalize(raw: unknown, signal: AbortSignal): Promise<PlanReadResult | undefined> {
    const steps = normalizePlanSteps(raw);
    let until = performance.now() + 40;
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() < until) continue;
      await nextTask();
      if (signal.aborted) return undefined;
      until = performance.now() + 40;
    }
  }

  /** Plans with more nodes than this are read in several tasks (validation, indexing, first render). */
  static readonly #LARGE = 4000;

  #retry = () => {
    this.#loadedSource = undefined;
    void this.#load();
  };

  #applyExpand(): void {
    const index = this._index;
    if (!index) return;
    const open = new Set<string>();
    if (this.expand === 'all') for (const item of index.all) if (item.children.length) open.add(item.node.id);
    if (this.expand === 'goals' || !['none', 'all'].includes(this.expand))
      for (const item of [...index.roots.crossCutting, ...index.roots.goals]) if (item.children.length) open.add(item.node.id);
    this._expanded = open;
  }

  // ------------------------------------------------------------------ url state

  get #urlKey(): string {
    return this.id ? `${this.id}.node` : 'node';
  }

  #readHash(): Map<string, string> {
    const entries = new Map<string, string>();
    for (const part of location.hash.replace(/^#/, '').split('&')) {
      if (!part) continue;
      const at = part.indexOf('=');
      const key = at === -1 ? part : part.slice(0, at);
      const value = at === -1 ? '' : part.slice(at + 1);
      try {
        entries.set(decodeURIComponent(key), decodeURIComponent(value));
      } catch {
        entries.set(key, value);
      }
    }
    return entries;
  }

  #restoreFromUrl(): void {
    const id = this.#readHash().get(this.#urlKey);
    const item = id ? this._index?.byId.get(id) : undefined;
    if (!item) return;
    this.#reveal(item);
    this._selected = item.node.id;
    this._focus = item.node.id;
    this.dispatchEvent(new ChiikiSelectEvent(item.node));
  }

  #writeUrl(id: string): void {
    if (!this.urlState) return;
    const entries = this.#readHash();
    entries.set(this.#urlKey, id);
    const hash = [...entries].map(([k, v]) => `${encodeURIComponent(k).replace(/%2E/g, '.')}=${encodeURIComponent(v)}`).join('&');
    history.replaceState(history.state, '', `${location.pathname}${location.search}#${hash}`);
  }

  #onHashChange = () => {
    if (this.urlState && this._index) this.#restoreFromUrl();
  };

  #onBeforePrint = () => {
    this._printing = true;
    this.requestUpdate();
    this.performUpdate();
  };

  #onAfterPrint = () => {
    this._printing = false;
  };

  // ------------------------------------------------------------------ public methods

  /** Opens every node. */
  expandAll(): void {
    if (!this._index) return;
    this._expanded = new Set(this._index.all.filter((i) => i.children.length).map((i) => i.node.id));
  }

  /** Closes every node (the top level stays visible). */
  collapseAll(): void {
    this._expanded = new Set();
    const focus = this._focus ? this._index?.byId.get(this._focus) : undefined;
    if (focus) this._focus = pathTo(focus)[0].node.id;
  }

  /** Selects a node by id: opens its path, fires `chiiki-select`, updates the URL with `url-state`. Focus stays where it is. */
  select(id: string): boolean {
    const item = this._index?.byId.get(id);
    if (!item) return false;
    this.#reveal(item);
    this.#select(item);
    return true;
  }

  /** The normalised plan as JSON (valid against `plan.schema.json`). */
  exportJson(): string {
    return this._index ? planToJson(this._index.plan) : '';
  }

  /** CSV of every node: `id, parentId, kind, title, actors, areas, sdgs, status, progress` (UTF-8 with BOM). */
  exportCsv(): string {
    return this._index ? planToCsv(this._index) : '';
  }

  /** Prints the plan with everything open and without controls. */
  async print(): Promise<void> {
    this._printing = true;
    await this.updateComplete;
    window.print();
    this._printing = false;
  }

  // ------------------------------------------------------------------ behaviour

  #pendingFocus?: string;

  #reveal(item: IndexedNode): void {
    const open = new Set(this._expanded);
    for (const at of pathTo(item).slice(0, -1)) open.add(at.node.id);
    this._expanded = open;
  }

  #select(item: IndexedNode): void {
    this._selected = item.node.id;
    this._focus = item.node.id;
    this.#writeUrl(item.node.id);
    this.dispatchEvent(new ChiikiSelectEvent(item.node));
  }

  #toggle(item: IndexedNode, open?: boolean): void {
    const next = new Set(this._expanded);
    const isOpen = next.has(item.node.id);
    if (open ?? !isOpen) next.add(item.node.id);
    else next.delete(item.node.id);
    this._expanded = next;
  }

  #itemFromEvent(event: Event): IndexedNode | undefined {
    for (const target of event.composedPath()) {
      if (target instanceof HTMLElement && target.getAttribute('role') === 'treeitem') return this._index?.all[Number(target.dataset.index)];
      if (target === event.currentTarget) break;
    }
    return undefined;
  }

  #onTreeClick = (event: MouseEvent) => {
    const item = this.#itemFromEvent(event);
    if (!item) return;
    if (this.#visibleChildren(item).length) this.#toggle(item);
    this.#select(item);
    this.#pendingFocus = item.node.id;
  };

  #onTreeFocusIn = (event: FocusEvent) => {
    const item = this.#itemFromEvent(event);
    const target = event.composedPath()[0];
    if (item && target instanceof HTMLElement && target.getAttribute('role') === 'treeitem') this._focus = item.node.id;
  };

  /**
   * The WAI-ARIA tree pattern over both trees (横断的取組目標, then the goals) as one sequence: ↑/↓ move
   * through the shown treeitems in order (crossing from one tree into the next), → opens or moves to the
   * first child, ← closes or moves to the parent, Home/End go to the first/last shown item of the tree,
   * `*` opens the siblings, a printable character moves to the next item whose title starts with it.
   */
  #onTreeKeyDown = (event: KeyboardEvent) => {
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement) || target.getAttribute('role') !== 'treeitem') return;
    const item = this.#itemFromEvent(event);
    if (!item || event.altKey || event.ctrlKey || event.metaKey) return;
    const order = this.#visibleOrder();
    const at = order.indexOf(item);
    const children = this.#visibleChildren(item);
    const open = this._expanded.has(item.node.id) && children.length > 0;
    let next: IndexedNode | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = order[at + 1];
        break;
      case 'ArrowUp':
        next = order[at - 1];
        break;
      case 'Home':
        next = order.find((i) => i.section === item.section);
        break;
      case 'End':
        for (let i = order.length - 1; i >= 0 && !next; i--) if (order[i].section === item.section) next = order[i];
        break;
      case 'ArrowRight':
        if (!children.length) break;
        if (open) next = children[0];
        else this.#toggle(item, true);
        break;
      case 'ArrowLeft':
        if (open) this.#toggle(item, false);
        else next = item.parent;
        break;
      case 'Enter':
      case ' ':
        if (children.length) this.#toggle(item);
        this.#select(item);
        break;
      case '*': {
        const siblings = item.parent ? this.#visibleChildren(item.parent) : this._index!.roots[item.section].filter((i) => this.#isVisible(i));
        const expanded = new Set(this._expanded);
        for (const s of siblings) if (s.children.length) expanded.add(s.node.id);
        this._expanded = expanded;
        break;
      }
      default:
        if (event.key.length !== 1 || !event.key.trim()) return;
        next = this.#typeahead(order, at, event.key);
        if (!next) return;
    }
    event.preventDefault();
    if (next) {
      this._focus = next.node.id;
      this.#pendingFocus = next.node.id;
    }
  };

  /** The next shown item after `at` (wrapping) whose title starts with `key`. */
  #typeahead(order: IndexedNode[], at: number, key: string): IndexedNode | undefined {
    const needle = normalizeText(key);
    if (!needle) return undefined;
    for (let step = 1; step <= order.length; step++) {
      const candidate = order[(at + step) % order.length];
      if (normalizeText(stripRuby(this.#title(candidate.node).text)).startsWith(needle)) return candidate;
    }
    return undefined;
  }

  #onSearch = (event: InputEvent) => {
    this._query = (event.target as HTMLInputElement).value;
    const hits = this.#hits();
    if (hits.length) {
      const open = new Set(this._expanded);
      for (const hit of hits) for (const at of pathTo(hit).slice(0, -1)) open.add(at.node.id);
      this._expanded = open;
    }
  };

  #onActor = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const next = new Set(this._actors);
    if (input.checked) next.add(input.value as Actor);
    else next.delete(input.value as Actor);
    this._actors = next;
  };

  #onArea = (event: Event) => {
    this._area = (event.target as HTMLSelectElement).value;
  };

  #onSdg = (event: Event) => {
    this._sdg = Number((event.target as HTMLSelectElement).value);
  };

  #resetFilters = () => {
    this._actors = new Set();
    this._area = '';
    this._sdg = 0;
    this._query = '';
  };

  #download(text: string, name: string, type: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    a.style.display = 'none';
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  #exportJson = () => this.#download(this.exportJson(), `${this.plan?.id ?? 'plan'}.json`, 'application/json');
  #exportCsv = () => this.#download(this.exportCsv(), `${this.plan?.id ?? 'plan'}.csv`, 'text/csv;charset=utf-8');
  #print = () => void this.print();

  #revealFromTimeline(item: IndexedNode): void {
    this.#resetFilters();
    this.#reveal(item);
    this.#select(item);
    this.#pendingFocus = item.node.id;
  }

  // ------------------------------------------------------------------ view model

  get #filtering(): boolean {
    return this._actors.size > 0 || !!this._area || this._sdg > 0;
  }

  #matchesFilters(item: IndexedNode): boolean {
    if (this._actors.size && ![...this._actors].some((a) => hasActor(item, a))) return false;
    if (this._area && !hasArea(item, this._area)) return false;
    if (this._sdg && !hasSdg(item, this._sdg)) return false;
    return true;
  }

  #visibleCache?: { key: unknown[]; set: Set<IndexedNode> | null; matches: number };

  /** Nodes shown under the current filters (matches and their ancestors); `null` when nothing filters. */
  #visible(): { set: Set<IndexedNode> | null; matches: number } {
    const key = [this._index, this._actors, this._area, this._sdg];
    const cached = this.#visibleCache;
    if (cached && cached.key.every((k, i) => k === key[i])) return cached;
    let set: Set<IndexedNode> | null = null;
    let matches = this._index?.all.length ?? 0;
    if (this._index && this.#filtering) {
      set = new Set();
      matches = 0;
      for (const item of this._index.all) {
        if (!this.#matchesFilters(item)) continue;
        matches++;
        for (let at: IndexedNode | undefined = item; at && !set.has(at); at = at.parent) set.add(at);
      }
    }
    this.#visibleCache = { key, set, matches };
    return this.#visibleCache;
  }

  #isVisible(item: IndexedNode): boolean {
    const { set } = this.#visible();
    return !set || set.has(item);
  }

  #visibleChildren(item: IndexedNode): IndexedNode[] {
    return this.#visible().set ? item.children.filter((c) => this.#isVisible(c)) : item.children;
  }

  /** Treeitems in the order they are shown, both trees (for the arrow keys). */
  #visibleOrder(): IndexedNode[] {
    return [...this.#flatOrder('crossCutting'), ...this.#flatOrder('goals')].map((o) => o.item);
  }

  /** The one tab stop of both trees: the focused item while it is shown, else the first shown item. */
  #tabStop(): IndexedNode | undefined {
    const focus = this._focus ? this._index?.byId.get(this._focus) : undefined;
    if (focus && this.#isShown(focus)) return focus;
    const roots = this._index?.roots;
    return roots?.crossCutting.find((i) => this.#isVisible(i)) ?? roots?.goals.find((i) => this.#isVisible(i));
  }

  /** Visible under the filters and every ancestor open. */
  #isShown(item: IndexedNode): boolean {
    if (!this.#isVisible(item)) return false;
    for (let at = item.parent; at; at = at.parent) if (!this._expanded.has(at.node.id)) return false;
    return true;
  }

  #searchText(item: IndexedNode): string {
    const { node } = item;
    const title = this.#title(node).text;
    const description = this.#description(node)?.text ?? '';
    const roles = ROLES.flatMap((r) => node.roles?.[r] ?? []).join('\n');
    return `${title}\n${node.title}\n${description}\n${node.description ?? ''}\n${roles}`;
  }

  #textCache?: { index: PlanIndex; locale: Locale; texts: Map<IndexedNode, string> };

  /** A node's searchable text, normalised (cached per plan and locale). */
  #normalizedText(item: IndexedNode): string {
    const locale = this.#i18n.locale;
    if (!this.#textCache || this.#textCache.index !== this._index || this.#textCache.locale !== locale)
      this.#textCache = { index: this._index!, locale, texts: new Map() };
    let text = this.#textCache.texts.get(item);
    if (text === undefined) this.#textCache.texts.set(item, (text = normalizeText(stripRuby(this.#searchText(item)))));
    return text;
  }

  /**
   * Prepares the search text of every node in idle time once the plan is painted (never before the
   * first frame, never in one long task), so the first search is quick on large plans. A search before
   * it is done computes what it needs itself.
   */
  #warmSearch(index: PlanIndex): void {
    let at = 0;
    const step = (deadline?: IdleDeadline) => {
      if (this._index !== index || !this.isConnected) return;
      const stop = performance.now() + (deadline ? Math.min(deadline.timeRemaining(), 20) : 10);
      while (at < index.all.length && performance.now() < stop) {
        const end = Math.min(at + 50, index.all.length);
        for (; at < end; at++) this.#normalizedText(index.all[at]);
      }
      if (at < index.all.length) later(step);
    };
    const later = (fn: (deadline?: IdleDeadline) => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 16);
    requestAnimationFrame(() => setTimeout(() => later(step), 0));
  }

  #hitsCache?: { key: unknown[]; hits: IndexedNode[]; set: Set<IndexedNode> };

  /** Nodes whose text contains the query (shown nodes only). */
  #hits(): IndexedNode[] {
    return this.#hitSet()?.hits ?? [];
  }

  /** The hits as a list and a set (cached per query, plan, filters and locale); `undefined` without a query. */
  #hitSet(): { hits: IndexedNode[]; set: Set<IndexedNode> } | undefined {
    const needle = normalizeText(this._query.trim());
    if (!needle || !this._index) return undefined;
    const key = [needle, this._index, this.#visible(), this.#i18n.locale];
    if (this.#hitsCache?.key.every((k, i) => k === key[i])) return this.#hitsCache;
    const hits = this._index.all.filter((item) => this.#isVisible(item) && this.#normalizedText(item).includes(needle));
    this.#hitsCache = { key, hits, set: new Set(hits) };
    return this.#hitsCache;
  }

  #title(node: PlanNode): Shown {
    const t = this.#translation(node.translations);
    return t?.value.title ? { text: t.value.title, lang: t.lang } : { text: node.title, lang: 'ja' };
  }

  #description(node: PlanNode): Shown | undefined {
    const t = this.#translation(node.translations);
    if (t?.value.description) return { text: t.value.description, lang: t.lang };
    return node.description ? { text: node.description, lang: 'ja' } : undefined;
  }

  /** The data's own translation for the reader's locale: exact, else English for non-Japanese readers. */
  #translation<T>(translations: Record<string, T> | undefined): { value: T; lang: string } | undefined {
    if (!translations) return undefined;
    const locale = this.#i18n.locale;
    if (locale === 'ja') return undefined;
    if (translations[locale]) return { value: translations[locale], lang: locale === 'ja-x-easy' ? 'ja' : locale };
    if (!isJapanese(locale) && translations.en) return { value: translations.en, lang: 'en' };
    return undefined;
  }

  #planText(key: 'title' | 'municipality' | 'vision'): Shown | undefined {
    const plan = this._index!.plan;
    const t = this.#translation(plan.translations);
    const own = plan[key];
    if (t?.value[key]) return { text: t.value[key]!, lang: t.lang };
    return own ? { text: own, lang: 'ja' } : undefined;
  }

  #areaName(id: string): string {
    const area = this._index?.plan.areas?.find((a) => a.id === id);
    if (!area) return id;
    return this.#translation(area.translations)?.value.name ?? area.name;
  }

  #kindLabel(node: PlanNode): string {
    const kind = node.kind && (KNOWN_KINDS as readonly string[]).includes(node.kind) ? stripRuby(this.#t(`plan.kind.${node.kind}`)) : (node.kind ?? '');
    return [kind, node.number].filter(Boolean).join(' ');
  }

  #tCache = { scope: '', texts: new Map<string, string>() };

  /**
   * A translated string, remembered per locale and strings version: every render asks for the same few
   * dozen strings (filters, buttons, SDG names), and i18next takes far longer than a map look-up.
   */
  #t(key: string, options?: Record<string, unknown>): string {
    const scope = `${this.#i18n.locale}|${this.#stringsVersion}`;
    if (this.#tCache.scope !== scope || this.#tCache.texts.size > 5000) this.#tCache = { scope, texts: new Map() };
    const id = options ? `${key}\u0000${JSON.stringify(options)}` : key;
    let text = this.#tCache.texts.get(id);
    if (text === undefined) this.#tCache.texts.set(id, (text = this.#i18n.t(key, options)));
    return text;
  }

  #number(value: number): string {
    return new Intl.NumberFormat(intlLocale(this.#i18n.locale), { maximumFractionDigits: 2 }).format(value);
  }

  #year(year: number): string {
    return this.#t('plan.fiscalYear', { year });
  }

  // ------------------------------------------------------------------ render

  #highlight(shown: Shown, ruby = false, query = this._query.trim()): TemplateResult | string {
    const plain = stripRuby(shown.text);
    if (!query) return ruby ? renderRuby(shown.text) : shown.text;
    const ranges = findRanges(plain, query);
    if (!ranges.length) return plain;
    const parts: (TemplateResult | string)[] = [];
    let last = 0;
    for (const [start, end] of ranges) {
      parts.push(plain.slice(last, start), html`<mark>${plain.slice(start, end)}</mark>`);
      last = end;
    }
    parts.push(plain.slice(last));
    return html`${parts}`;
  }

  #renderProgress(value: number | undefined, label: string): TemplateResult | typeof nothing {
    if (value === undefined || this.progress === 'hide') return nothing;
    const rounded = Math.round(value);
    return html`<span class="progress" part="progress">
      <span
        class="bar"
        role="progressbar"
        aria-label=${this.#t('plan.progressOf', { title: label })}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${rounded}
        aria-valuetext=${this.#t('plan.percent', { value: rounded })}
        ><span class="fill" ${fillWidth(rounded)}></span></span
      ><span class="value" aria-hidden="true">${this.#t('plan.percent', { value: rounded })}</span>
    </span>`;
  }

  #renderYearValue(value: YearValue | undefined, unit: string | undefined): string {
    if (!value) return '—';
    return this.#t('plan.yearValue', { value: this.#number(value.value), unit: unit ?? '', year: this.#year(value.year) });
  }

  #renderIndicator(indicator: Indicator): TemplateResult {
    const latest = indicator.actual?.length ? indicator.actual.reduce((a, b) => (b.year >= a.year ? b : a)) : undefined;
    return html`<li>
      <span class="indicator-name">${indicator.name}</span>
      <span class="indicator-values"
        >${this.#t('plan.baseline')}: ${this.#renderYearValue(indicator.baseline, indicator.unit)} → ${this.#t('plan.target')}:
        ${this.#renderYearValue(indicator.target, indicator.unit)} · ${this.#t('plan.actual')}:
        ${this.#renderYearValue(latest, indicator.unit)}</span
      >
    </li>`;
  }

  #renderDetails(item: IndexedNode): TemplateResult {
    const { node } = item;
    const description = this.#description(node);
    const roles = ROLES.filter((r) => node.roles?.[r]?.length);
    const tags = (node.actors?.length ?? 0) + (node.areas?.length ?? 0) + (node.sdgs?.length ?? 0) + (node.status ? 1 : 0);
    const salonIds = node.salonIds ?? [];
    const plan = this._index!.plan;
    return html`${description ? html`<p class="description" lang=${description.lang}>${this.#highlight(description, true)}</p>` : nothing}
      ${tags
        ? html`<ul class="tags">
            ${node.status
              ? html`<li class="tag status">
                  ${this.#t('plan.statusLabel')}:
                  ${plan.statuses?.[node.status]?.label ?? (this.#knownStatus(node.status) ? stripRuby(this.#t(`plan.status.${node.status}`)) : node.status)}
                </li>`
              : nothing}
            ${(node.actors ?? []).map((a) => html`<li class="tag actor">${renderRuby(this.#t(`plan.actor.${a}`))}</li>`)}
            ${(node.areas ?? []).map((a) => html`<li class="tag area">${this.#t('plan.areaTag', { name: this.#areaName(a) })}</li>`)}
            ${(node.sdgs ?? []).map((n) => html`<li class="tag sdg">${this.#t('plan.sdgTag', { number: n, name: stripRuby(this.#t(`plan.sdg.${n}`)) })}</li>`)}
          </ul>`
        : nothing}
      ${roles.map(
        (role) => html`<div class="role">
          <p class="role-label">${renderRuby(this.#t(`plan.role.${role}`))}</p>
          <ul lang="ja">
            ${node.roles![role]!.map((text) => html`<li>${this.#highlight({ text, lang: 'ja' })}</li>`)}
          </ul>
        </div>`,
      )}
      ${node.indicators?.length
        ? html`<div class="indicators">
            <p class="role-label">${renderRuby(this.#t('plan.indicators'))}</p>
            <ul>
              ${node.indicators.map((i) => this.#renderIndicator(i))}
            </ul>
          </div>`
        : nothing}
      ${node.milestones?.length
        ? html`<ul class="milestones">
            ${node.milestones.map((m) => html`<li><span class="year">${this.#year(m.year)}</span> <span lang="ja">${m.label}</span></li>`)}
          </ul>`
        : nothing}
      ${node.links?.length || salonIds.length
        ? html`<ul class="links">
            ${(node.links ?? []).map((l) => html`<li><a href=${l.href}>${l.label}</a></li>`)}
            ${salonIds.map((id) => {
              const href = this.salonUrl.replace('{id}', encodeURIComponent(id));
              return HREF.test(href) ? html`<li><a href=${href}>${this.#t('plan.salonLink', { id })}</a></li>` : nothing;
            })}
          </ul>`
        : nothing}`;
  }

  #knownStatus(code: string): boolean {
    return ['planned', 'started', 'in-progress', 'mostly-done', 'done'].includes(code);
  }

  /** The selected node's details, next to the tree (the tree itself holds only names, so that each name stays short). */
  #renderPanel(): TemplateResult {
    const item = this._selected ? this._index?.byId.get(this._selected) : undefined;
    if (!item || !this.#isVisible(item))
      return html`<section class="panel" part="panel" aria-label=${stripRuby(this.#t('plan.details'))}>
        <p class="hint">${renderRuby(this.#t('plan.selectHint'))}</p>
      </section>`;
    const title = this.#title(item.node);
    const kind = this.#kindLabel(item.node);
    return html`<section class="panel" part="panel" aria-labelledby="panel-h">
      <h3 id="panel-h">
        ${kind ? html`<span class="kind">${kind}</span> ` : nothing}<span lang=${title.lang}>${this.#highlight(title, true)}</span>
      </h3>
      ${item.parent
        ? html`<p class="path">
            ${pathTo(item)
              .slice(0, -1)
              .map((at, i) => html`${i ? ' › ' : ''}<span lang=${this.#title(at.node).lang}>${stripRuby(this.#title(at.node).text)}</span>`)}
          </p>`
        : nothing}
      ${this.#renderProgress(item.progress, stripRuby(title.text))} ${this.#renderDetails(item)}
    </section>`;
  }

  #orderCache: Partial<Record<TreeName, { key: unknown[]; rows: TreeRow[] }>> = {};

  /**
   * Treeitems in display order with their set size and position among shown siblings (kept until the
   * plan, the filters or what is open change: the slices of a long render and the arrow keys reuse it).
   */
  #flatOrder(section: TreeName): TreeRow[] {
    const key = [this._index, this.#visible(), this._expanded];
    const cached = this.#orderCache[section];
    if (cached && cached.key.every((k, i) => k === key[i])) return cached.rows;
    const out: TreeRow[] = [];
    // Pre-order with an explicit stack (parallel arrays: no tuple per row).
    const items: IndexedNode[] = [];
    const sizes: number[] = [];
    const positions: number[] = [];
    const push = (nodes: IndexedNode[]) => {
      for (let i = nodes.length - 1; i >= 0; i--) {
        items.push(nodes[i]);
        sizes.push(nodes.length);
        positions.push(i + 1);
      }
    };
    push((this._index?.roots[section] ?? []).filter((i) => this.#isVisible(i)));
    while (items.length) {
      const item = items.pop()!;
      const size = sizes.pop()!;
      const pos = positions.pop()!;
      const kids = this.#visibleChildren(item);
      out.push({ item, size, pos, children: kids.length });
      if (kids.length && this._expanded.has(item.node.id)) push(kids);
    }
    this.#orderCache[section] = { key, rows: out };
    return out;
  }

  /** Strings every tree row uses, translated once per render (i18next per row is too slow for 10,000 rows). */
  #rowStrings(): RowStrings {
    const key = `${this.#stringsVersion}|${this.#i18n.locale}|${this.progress}`;
    if (this.#rowStringsCache?.key !== key) this.#rowStringsCache = { key, strings: this.#makeRowStrings() };
    return this.#rowStringsCache.strings;
  }

  #rowStringsCache?: { key: string; strings: RowStrings };

  #makeRowStrings(): RowStrings {
    const mark = '\u{E000}';
    const percent = this.#t('plan.percent', { value: mark });
    const progressOf = this.#t('plan.progressOf', { title: mark });
    const kinds = new Map<string, string>();
    const inText = this.#t('plan.matchInText');
    const kindOf = (node: PlanNode) => {
      if (!node.kind && !node.number) return '';
      const key = `${node.kind ?? ''}\u0000${node.number ?? ''}`;
      let label = kinds.get(key);
      if (label === undefined) kinds.set(key, (label = this.#kindLabel(node)));
      return label;
    };
    return {
      key: `${this.#stringsVersion}|${this.#i18n.locale}|${percent}|${progressOf}|${inText}|${this.progress}|${KNOWN_KINDS.map((k) => this.#t(`plan.kind.${k}`)).join()}`,
      kind: kindOf,
      percent: (v) => percent.replace(mark, String(v)),
      progressOf: (title) => progressOf.replace(mark, title),
      inText,
    };
  }

  /** Rows a render may add at once: more arrive in the next tasks, so no task grows with the plan. */
  static readonly #CHUNK = 600;
  /** Rows of changed groups a render may redo at once (see `#paced`); a redone row mostly keeps its DOM. */
  static readonly #PACE = 1500;
  #rendered = 0;
  #renderBudget = 0;
  #moreToRender = false;

  #renderTree(section: TreeName, label: string, strings: RowStrings): TemplateResult | typeof nothing {
    const order = this.#flatOrder(section);
    if (!order.length) return nothing;
    const stop = this.#tabStop();
    const focusAt = stop && stop.section === section ? order.findIndex((o) => o.item === stop) : -1;
    const tabbable = stop?.node.id;
    const pending = this.#pendingFocus ? order.findIndex((o) => o.item.node.id === this.#pendingFocus) : -1;
    const pendingItem = pending >= 0 ? order[pending].item : undefined;
    const budget = Math.max(this.#renderBudget, pending + 1, focusAt + 1);
    const shown = order.length > budget ? order.slice(0, budget) : order;
    this.#renderBudget = Math.max(0, this.#renderBudget - shown.length);
    this.#rendered += shown.length;
    if (shown.length < order.length) this.#moreToRender = true;
    const query = this._query.trim() ? normalizeText(this._query.trim()) : '';
    // Only rows the query touches depend on it: a keystroke re-renders the hits, not every row.
    const hits = query ? this.#hitSet()?.set : undefined;
    const paced = this.#paced(section, this.#shownGroups(section, order, shown.length, tabbable, hits, query, strings), [stop, pendingItem]);
    return html`<ul
      role="tree"
      part="tree"
      aria-label=${label}
      aria-busy=${shown.length < order.length || paced.deferred ? 'true' : nothing}
      @click=${this.#onTreeClick}
      @keydown=${this.#onTreeKeyDown}
      @focusin=${this.#onTreeFocusIn}
    >
      ${repeat(
        paced.groups,
        ([group]) => group.root.index,
        // A group (an item of the first two levels and what is shown under it) whose rows did not change is
        // skipped whole: a toggle re-renders one group's rows, not the whole tree.
        // Each group is a block of its own (role none: the rows stay the tree's items) that is not laid out
        // or painted while off screen (content-visibility: auto), so a long tree costs about one screen.
        ([group, signature]) =>
          html`<li role="none" class="group" ${sizeHint(group.rows.length, 3)}
            ><ul role="none">
              ${guard([signature], () => repeat(group.rows, (row) => row.item.index, (row) => row.render()))}
            </ul></li
          >`,
      )}
    </ul>`;
  }

  /** Per tree: the signature each group was last rendered with (see `#paced`), for one plan. */
  #committed: { index?: PlanIndex; groups: Partial<Record<TreeName, Map<number, string>>> } = { groups: {} };

  /**
   * Paces re-renders the way `#CHUNK` paces new rows: groups whose rows changed are redone until about
   * `#PACE` rows have been, the others keep the signature they were last rendered with (their guard
   * skips them) and follow in the next tasks, with the tree `aria-busy` meanwhile. So a search that
   * marks 10,000 rows, or a language switch, never becomes one long task. The groups holding `must`
   * (the tab stop, the item to focus) are always redone at once.
   */
  #paced(section: TreeName, groups: RowGroup[], must: (IndexedNode | undefined)[]): { groups: [RowGroup, string][]; deferred: boolean } {
    if (this.#committed.index !== this._index) this.#committed = { index: this._index, groups: {} };
    const before = this.#committed.groups[section];
    const now = new Map<number, string>();
    const forced = new Set<number>();
    for (let item of must) {
      if (!item || item.section !== section) continue;
      while (item.level > 2 && item.parent) item = item.parent;
      forced.add(item.index);
    }
    let left = ChiikiPlanViewer.#PACE;
    let deferred = false;
    const out: [RowGroup, string][] = [];
    for (const group of groups) {
      const last = before?.get(group.root.index);
      let signature = group.signature;
      if (last !== undefined && last !== signature) {
        if (left > 0 || forced.has(group.root.index)) left -= group.rows.length;
        else {
          signature = last;
          deferred = true;
        }
      }
      now.set(group.root.index, signature);
      out.push([group, signature]);
    }
    this.#committed.groups[section] = now;
    if (deferred) this.#moreToRender = true;
    return { groups: out, deferred };
  }

  #groupCache: Partial<Record<TreeName, { key: unknown[]; groups: RowGroup[] }>> = {};

  /**
   * The groups of the first `count` rows of `order`: the groups of the whole order are built once per
   * change (cached), and a slice of a long render cuts them (only the group at the cut is copied).
   */
  #shownGroups(
    section: TreeName,
    order: TreeRow[],
    count: number,
    tabbable: string | undefined,
    hits: Set<IndexedNode> | undefined,
    query: string,
    strings: RowStrings,
  ): RowGroup[] {
    const key = [order, tabbable, this._selected, hits, query, strings.key, this.#visibleKey()];
    let cached = this.#groupCache[section];
    if (!cached || !cached.key.every((k, i) => k === key[i]))
      cached = this.#groupCache[section] = { key, groups: this.#groups(order, tabbable, hits, query, strings) };
    if (count >= order.length) return cached.groups;
    const out: RowGroup[] = [];
    let left = count;
    for (const group of cached.groups) {
      if (left <= 0) break;
      if (group.rows.length <= left) out.push(group);
      else out.push({ root: group.root, signature: `${group.signature} …${left}`, rows: group.rows.slice(0, left) });
      left -= group.rows.length;
    }
    return out;
  }

  /** The shown rows by top-level item, each with a signature of everything its rows render from. */
  #groups(
    shown: TreeRow[],
    tabbable: string | undefined,
    hits: Set<IndexedNode> | undefined,
    query: string,
    strings: RowStrings,
  ): RowGroup[] {
    const groups: RowGroup[] = [];
    let parts: string[] = [];
    const close = () => {
      if (groups.length) groups[groups.length - 1].signature = parts.join(' ');
      parts = [strings.key, this.#visibleKey()];
    };
    for (const { item, size, pos, children } of shown) {
      if (item.level <= 2 || !groups.length) {
        close();
        groups.push({ root: item, signature: '', rows: [] });
      }
      const open = children > 0 && this._expanded.has(item.node.id);
      const selected = this._selected === item.node.id;
      const tab = tabbable === item.node.id;
      const mark = hits?.has(item) ? query : '';
      parts.push(`${item.index}/${size}/${pos}/${children}/${+open}${+selected}${+tab}/${mark}`);
      groups[groups.length - 1].rows.push({
        item,
        render: () => guard([item, size, pos, children, open, selected, tab, mark, strings.key], () => this.#renderRow(item, size, pos, children, open, selected, tab, mark, strings)),
      });
    }
    close();
    return groups;
  }

  #visibleKeys = new WeakMap<object, number>();
  #visibleCount = 0;

  /** A number per plan and filter result (the `#visible()` cache object), so a group never outlives its plan. */
  #visibleKey(): string {
    const visible = this.#visible();
    let key = this.#visibleKeys.get(visible);
    if (key === undefined) this.#visibleKeys.set(visible, (key = ++this.#visibleCount));
    return String(key);
  }

  #renderRow(
    item: IndexedNode,
    size: number,
    pos: number,
    children: number,
    open: boolean,
    selected: boolean,
    tabbable: boolean,
    query: string,
    strings: RowStrings,
  ): TemplateResult {
    const { node } = item;
    const title = this.#title(node);
    const kind = strings.kind(node);
    const plainTitle = stripRuby(title.text);
    const inText = query && !normalizeText(plainTitle).includes(query) && this.#normalizedText(item).includes(query);
    const progress = item.progress === undefined || this.progress === 'hide' ? undefined : Math.round(item.progress);
    return html`<li
      role="treeitem"
      id="t${item.index}"
      data-index=${item.index}
      aria-level=${item.level}
      aria-setsize=${size}
      aria-posinset=${pos}
      aria-expanded=${children ? String(open) : nothing}
      aria-selected=${selected ? 'true' : 'false'}
      tabindex=${tabbable ? '0' : '-1'}
      part="item"
    >
      <span class="twisty" aria-hidden="true">${children ? (open ? '▾' : '▸') : ''}</span>
      <span class="label"
        >${kind ? html`<span class="kind">${kind}</span> ` : nothing}<span class="title" lang=${title.lang}>${this.#highlight(title, true, query)}</span
        >${inText ? html` <span class="in-text">${renderRuby(strings.inText)}</span>` : nothing}</span
      >
      ${progress === undefined
        ? nothing
        : html`<span class="progress" part="progress"
            ><span
              class="bar"
              role="progressbar"
              aria-label=${strings.progressOf(plainTitle)}
              aria-valuemin="0"
              aria-valuemax="100"
              aria-valuenow=${progress}
              aria-valuetext=${strings.percent(progress)}
              ><span class="fill" ${fillWidth(progress)}></span></span
            ><span class="value" aria-hidden="true">${strings.percent(progress)}</span></span
          >`}
    </li>`;
  }

  /** Everything, open, as plain nested lists: what is printed. Rendered only while printing. */
  #renderPrint(): TemplateResult {
    const renderList = (items: IndexedNode[]): TemplateResult => html`<ul>
      ${items.map((item) => {
        const title = this.#title(item.node);
        const kind = this.#kindLabel(item.node);
        const kids = this.#visibleChildren(item);
        return html`<li>
          <p class="print-title">
            ${kind ? html`<span class="kind">${kind}</span> ` : nothing}<strong lang=${title.lang}>${renderRuby(title.text)}</strong>
            ${item.progress !== undefined && this.progress !== 'hide' ? html` — ${this.#t('plan.percent', { value: Math.round(item.progress) })}` : nothing}
          </p>
          ${this.#renderDetails(item)} ${kids.length ? renderList(kids) : nothing}
        </li>`;
      })}
    </ul>`;
    const cc = (this._index?.roots.crossCutting ?? []).filter((i) => this.#isVisible(i));
    const goals = (this._index?.roots.goals ?? []).filter((i) => this.#isVisible(i));
    return html`<div class="print-view">
      ${cc.length ? html`<h3>${renderRuby(this.#t('plan.crossCutting'))}</h3>${renderList(cc)}` : nothing}
      ${goals.length ? html`<h3>${renderRuby(this.#t('plan.goals'))}</h3>${renderList(goals)}` : nothing}
    </div>`;
  }

  #renderNotice(): TemplateResult | typeof nothing {
    const problems = this._problems;
    if (!problems.length) return nothing;
    const { rejected } = this._counts;
    const message = rejected
      ? this.#t('plan.notice.rejected', { count: rejected })
      : this.#t('plan.notice.warnings', { count: problems.length });
    return html`<div class="notice" part="notice" role="note">
      <details>
        <summary>${renderRuby(message)}</summary>
        <p>${this.#t('plan.notice.summary', { total: this._counts.total, loaded: this._counts.loaded, rejected, problems: problems.length })}</p>
        ${this.debug
          ? html`<table>
              <caption>${this.#t('plan.notice.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">${this.#t('plan.notice.row')}</th>
                  <th scope="col">${this.#t('plan.notice.field')}</th>
                  <th scope="col">${this.#t('plan.notice.reason')}</th>
                  <th scope="col">${this.#t('plan.notice.value')}</th>
                  <th scope="col">${this.#t('plan.notice.severity')}</th>
                </tr>
              </thead>
              <tbody>
                ${problems.map(
                  (p) => html`<tr>
                    <td>${p.row}</td>
                    <td>${p.field}</td>
                    <td>${p.reason}</td>
                    <td>${p.value === undefined ? '' : JSON.stringify(p.value)?.slice(0, 80)}</td>
                    <td>${this.#t(`plan.notice.${p.severity}`)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`
          : nothing}
      </details>
    </div>`;
  }

  #usedCache?: { index: PlanIndex; sdgs: number[]; actors: Set<Actor> };

  /** SDGs and actors that occur in the plan (the filters offer only these). */
  #used(): { sdgs: number[]; actors: Set<Actor> } {
    if (this.#usedCache?.index !== this._index) {
      const sdgs = new Set<number>();
      const actors = new Set<Actor>();
      for (const { node } of this._index!.all) {
        node.sdgs?.forEach((n) => sdgs.add(n));
        node.actors?.forEach((a) => actors.add(a));
      }
      this.#usedCache = { index: this._index!, sdgs: SDG_NUMBERS.filter((n) => sdgs.has(n)), actors };
    }
    return this.#usedCache!;
  }

  #renderControls(): TemplateResult {
    const plan = this._index!.plan;
    const { sdgs: sdgsUsed, actors: used } = this.#used();
    const actorsUsed = ACTORS.filter((a) => used.has(a) || this._actors.has(a));
    const areas = [...(plan.areas ?? [])].sort((a, b) => a.level - b.level);
    const { matches } = this.#visible();
    const hits = this._query.trim() ? this.#hits().length : -1;
    return html`<div class="controls" part="controls">
      <div class="search">
        <label for="search">${renderRuby(this.#t('plan.search'))}</label>
        <input id="search" type="search" .value=${this._query} @input=${this.#onSearch} autocomplete="off" />
      </div>
      ${actorsUsed.length || areas.length || sdgsUsed.length
        ? html`<div class="filters">
            ${actorsUsed.length
              ? html`<fieldset class="actors">
                  <legend>${renderRuby(this.#t('plan.actorFilter'))}</legend>
                  ${ACTORS.map(
                    (a) => html`<label class="check"
                      ><input type="checkbox" value=${a} .checked=${this._actors.has(a)} @change=${this.#onActor} />
                      <span>${renderRuby(this.#t(`plan.actor.${a}`))}</span>
                      <span class="hint">${renderRuby(this.#t(`plan.actorHint.${a}`))}</span></label
                    >`,
                  )}
                </fieldset>`
              : nothing}
            ${areas.length
              ? html`<div class="select">
                  <label for="area">${renderRuby(this.#t('plan.areaFilter'))}</label>
                  <select id="area" @change=${this.#onArea}>
                    <option value="">${stripRuby(this.#t('plan.all'))}</option>
                    ${areas.map(
                      (a) => html`<option value=${a.id} ?selected=${this._area === a.id}>
                        ${a.levelName ? `${a.levelName} ` : ''}${this.#areaName(a.id)}
                      </option>`,
                    )}
                  </select>
                </div>`
              : nothing}
            ${sdgsUsed.length
              ? html`<div class="select">
                  <label for="sdg">${renderRuby(this.#t('plan.sdgFilter'))}</label>
                  <select id="sdg" @change=${this.#onSdg}>
                    <option value="0">${stripRuby(this.#t('plan.all'))}</option>
                    ${sdgsUsed.map(
                      (n) => html`<option value=${n} ?selected=${this._sdg === n}>
                        ${this.#t('plan.sdgTag', { number: n, name: stripRuby(this.#t(`plan.sdg.${n}`)) })}
                      </option>`,
                    )}
                  </select>
                </div>`
              : nothing}
          </div>`
        : nothing}
      <div class="actions">
        <button type="button" @click=${() => this.expandAll()}>${renderRuby(this.#t('plan.expandAll'))}</button>
        <button type="button" @click=${() => this.collapseAll()}>${renderRuby(this.#t('plan.collapseAll'))}</button>
        ${this.#filtering || this._query
          ? html`<button type="button" @click=${this.#resetFilters}>${renderRuby(this.#t('plan.resetFilters'))}</button>`
          : nothing}
        <button type="button" @click=${this.#exportJson}>${renderRuby(this.#t('plan.exportJson'))}</button>
        <button type="button" @click=${this.#exportCsv}>${renderRuby(this.#t('plan.exportCsv'))}</button>
        <button type="button" @click=${this.#print}>${renderRuby(this.#t('plan.print'))}</button>
      </div>
      <p class="status" role="status">
        ${hits >= 0 ? renderRuby(hits ? this.#t('plan.searchCount', { count: hits }) : this.#t('plan.noHits')) : nothing}
        ${this.#filtering ? renderRuby(this.#t('plan.filterCount', { count: matches, total: this._index!.all.length })) : nothing}
      </p>
    </div>`;
  }

  #milestoneCache?: { index: PlanIndex; items: IndexedNode[] };

  #milestones(): IndexedNode[] {
    if (this.#milestoneCache?.index !== this._index)
      this.#milestoneCache = { index: this._index!, items: this._index!.all.filter((i) => i.node.milestones?.length) };
    return this.#milestoneCache!.items;
  }

  #renderTimeline(): TemplateResult | typeof nothing {
    const index = this._index!;
    const byYear = new Map<number, { label: string; item: IndexedNode }[]>();
    for (const item of this.#milestones()) {
      for (const m of item.node.milestones!) {
        const list = byYear.get(m.year);
        if (list) list.push({ label: m.label, item });
        else byYear.set(m.year, [{ label: m.label, item }]);
      }
    }
    const plan = index.plan;
    if (plan.period) {
      const start = fiscalYear(plan.period.start);
      const end = fiscalYear(plan.period.end);
      if (end >= start && end - start < 30) for (let y = start; y <= end; y++) if (!byYear.has(y)) byYear.set(y, []);
    }
    if (![...byYear.values()].some((list) => list.length)) return nothing;
    const current = fiscalYear(new Date());
    const years = [...byYear.keys()].sort((a, b) => a - b);
    return html`<section class="timeline" part="timeline" aria-labelledby="timeline-h">
      <h3 id="timeline-h">${renderRuby(this.#t('plan.timeline'))}</h3>
      <ol>
        ${years.map(
          (year) => html`<li class=${year === current ? 'current' : ''}>
            <p class="year">
              ${this.#year(year)}${year === current ? html` <strong class="now">${renderRuby(this.#t('plan.currentYear'))}</strong>` : nothing}
            </p>
            ${byYear.get(year)!.length
              ? html`<ul>
                  ${byYear.get(year)!.map(
                    ({ label, item }) => html`<li>
                      <span lang="ja">${label}</span>
                      <button type="button" class="link" @click=${() => this.#revealFromTimeline(item)}>
                        ${this.#t('plan.showNode', { title: stripRuby(this.#title(item.node).text) })}
                      </button>
                    </li>`,
                  )}
                </ul>`
              : nothing}
          </li>`,
        )}
      </ol>
    </section>`;
  }

  #renderPeriod(plan: Plan): TemplateResult | typeof nothing {
    const parts: string[] = [];
    if (plan.period) {
      const start = fiscalYear(plan.period.start);
      const end = fiscalYear(plan.period.end);
      const locale = this.#i18n.locale;
      const script = isJapanese(locale) || locale.startsWith('zh') ? 'kanji' : locale === 'ko' ? 'hangul' : 'latin';
      parts.push(
        this.#t('plan.periodValue', {
          start,
          endNext: end + 1,
          startEra: eraYear(start, script),
          endEra: eraYear(end, script),
          years: end - start + 1,
        }),
      );
    }
    if (plan.published) {
      const [y, m] = plan.published.split('-').map(Number);
      const date = new Intl.DateTimeFormat(intlLocale(this.#i18n.locale), { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(y, m - 1, 15)),
      );
      parts.push(this.#t('plan.published', { date }));
    }
    if (!parts.length) return nothing;
    return html`<p class="period">
      ${plan.period ? html`<span>${renderRuby(this.#t('plan.period'))}: ${parts[0]}</span>` : nothing}
      ${plan.published ? html`<span>${parts[parts.length - 1]}</span>` : nothing}
    </p>`;
  }

  #renderPlan(): TemplateResult {
    const plan = this._index!.plan;
    const strings = this.#rowStrings();
    this.#renderBudget = this.#rendered + ChiikiPlanViewer.#CHUNK;
    this.#rendered = 0;
    this.#moreToRender = false;
    const title = this.#planText('title')!;
    const municipality = this.#planText('municipality');
    const vision = this.#planText('vision');
    const filteredOut = this.#filtering && this.#visible().matches === 0;
    return html`
      <header part="header">
        <h2 lang=${title.lang}>${renderRuby(title.text)}</h2>
        <p class="municipality">
          ${municipality ? html`<span lang=${municipality.lang}>${renderRuby(municipality.text)}</span>` : nothing}
          ${plan.organizations?.length && plan.organizations.join() !== plan.municipality
            ? html`<span lang="ja">${plan.organizations.join('・')}</span>`
            : nothing}
        </p>
        ${this.#renderPeriod(plan)}
      </header>
      ${vision
        ? html`<section class="vision" part="vision" aria-labelledby="vision-h">
            <h3 id="vision-h">${renderRuby(this.#t('plan.vision'))}</h3>
            <p lang=${vision.lang}>${renderRuby(vision.text)}</p>
          </section>`
        : nothing}
      ${this.#renderNotice()} ${this.#renderControls()}
      ${filteredOut ? html`<p class="empty">${renderRuby(this.#t('plan.noMatches'))}</p>` : nothing}
      <div class="browse">
      <div class="trees">
      ${this._index!.roots.crossCutting.length && this._index!.roots.crossCutting.some((i) => this.#isVisible(i))
        ? html`<section class="section" aria-labelledby="cc-h">
            <h3 id="cc-h">${renderRuby(this.#t('plan.crossCutting'))}</h3>
            ${this.#renderTree('crossCutting', stripRuby(this.#t('plan.crossCutting')), strings)}
          </section>`
        : nothing}
      ${this._index!.roots.goals.length && this._index!.roots.goals.some((i) => this.#isVisible(i))
        ? html`<section class="section" aria-labelledby="goals-h">
            <h3 id="goals-h">${renderRuby(this.#t('plan.goals'))}</h3>
            ${this.#renderTree('goals', stripRuby(this.#t('plan.goals')), strings)}
          </section>`
        : nothing}
      </div>
      ${this._index!.all.length && !filteredOut ? this.#renderPanel() : nothing}
      </div>
      ${this._printing ? this.#renderPrint() : nothing}
      ${!this._index!.all.length ? html`<p class="empty">${renderRuby(this.#t('core.empty'))}</p>` : nothing} ${guard([this._index, this.#i18n.locale, this.#stringsVersion, fiscalYear(new Date())], () => this.#renderTimeline())}
      ${this.#renderFooter(plan)}
    `;
  }

  #renderFooter(plan: Plan): TemplateResult | typeof nothing {
    if (!plan.source && !plan.contact?.length) return nothing;
    return html`<footer class="about">
      ${plan.source
        ? html`<p>
            ${renderRuby(this.#t('plan.source'))}:
            ${plan.source.url ? html`<a href=${plan.source.url} lang="ja">${plan.source.title}</a>` : html`<span lang="ja">${plan.source.title}</span>`}
          </p>`
        : nothing}
      ${plan.contact?.length
        ? html`<h3>${renderRuby(this.#t('plan.contact'))}</h3>
            <ul class="contacts">
              ${plan.contact.map(
                (c) => html`<li lang="ja">
                  <strong>${c.name}</strong>${c.address ? html`<br />${c.address}` : nothing}
                  ${c.phone ? html`<br />TEL: <a href="tel:${c.phone.replace(/[^0-9+]/g, '')}">${c.phone}</a>` : nothing}
                  ${c.fax ? html` FAX: ${c.fax}` : nothing}
                  ${c.email ? html`<br /><a href="mailto:${c.email}">${c.email}</a>` : nothing}
                  ${c.url ? html`<br /><a href=${c.url}>${c.url}</a>` : nothing}
                </li>`,
              )}
            </ul>`
        : nothing}
    </footer>`;
  }

  override render() {
    // One wrapper for every state: it holds the padding (see the styles).
    return html`<div class="frame">${this.#renderState()}</div>`;
  }

  #renderState() {
    switch (this._state) {
      case 'loading':
        return html`<p class="state" role="status">${renderRuby(this.#t('core.loading'))}</p>`;
      case 'error':
        return html`<div class="state error" role="alert">
          <p>${renderRuby(this.#t(ERROR_KEYS[this._error?.code ?? ''] ?? 'plan.error.default'))}</p>
          <button type="button" @click=${this.#retry}>${renderRuby(this.#t('core.retry'))}</button>
        </div>`;
      case 'ready':
        return this.#renderPlan();
      default:
        return html`<p class="state">${renderRuby(this.#t('core.empty'))}</p>`;
    }
  }
}
