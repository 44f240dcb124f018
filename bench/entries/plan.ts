/**
 * Plan viewer cases: <chiiki-plan-viewer> (production Lit) against plain DOM rendering of the same tree
 * (nested <ul>/<li>, the same visible nodes) in the same run. Each function runs in a fresh page and
 * returns times from "data ready" (parsed JSON in memory) to the frame being painted.
 */
import '@chiiki/plan-viewer/define';
import type { ChiikiPlanViewer } from '@chiiki/plan-viewer';
import { json, painted, watchLongTasks, sleep } from './measure.js';

interface PlanNode {
  id: string;
  kind?: string;
  title: string;
  children?: PlanNode[];
}
interface PlanData {
  goals: PlanNode[];
}

const load = (n: number) => json<PlanData>(`/.cache/bench/plan-${n}.json`);
const QUERY = 'サロン';

/**
 * Resolves once every row of the change is in the DOM: a long tree is rendered in slices of a few
 * hundred rows (one task each) and is `aria-busy` until the last one; timing only the first slice would
 * compare part of the tree with the whole of plain DOM.
 */
async function complete(el: ChiikiPlanViewer): Promise<void> {
  await el.updateComplete;
  const root = el.shadowRoot!;
  const busy = () => !!root.querySelector('[role=tree][aria-busy="true"]');
  if (!busy()) return;
  // Woken by the attribute change itself (no polling tasks competing with the slices being timed).
  await new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (busy()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['aria-busy'], childList: true });
  });
  await el.updateComplete;
}

/** The viewer: first render (default expand, goals open), expand all, toggle one, one search keystroke. */
export async function viewer(n: number) {
  const data = structuredClone(await load(n));
  await painted();
  const el = document.createElement('chiiki-plan-viewer') as ChiikiPlanViewer;
  const tasks = watchLongTasks();
  const t0 = performance.now();
  const loaded = new Promise((r) => el.addEventListener('chiiki-load', r, { once: true }));
  el.data = data;
  document.body.append(el);
  await loaded;
  await complete(el);
  const first = (await painted()) - t0;
  const root = el.shadowRoot!;
  const visible = root.querySelectorAll('[role=treeitem]').length;
  await sleep(50);

  let t = performance.now();
  el.expandAll();
  await complete(el);
  const expandAll = (await painted()) - t;
  const all = root.querySelectorAll('[role=treeitem]').length;
  await sleep(50);

  const item = root.querySelector<HTMLElement>('[role=treeitem][aria-level="3"][aria-expanded="true"]');
  t = performance.now();
  item?.click();
  await complete(el);
  const toggle = (await painted()) - t;
  await sleep(300); // the search text is prepared in small tasks after loading

  const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
  t = performance.now();
  input.value = QUERY;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await complete(el);
  const search = (await painted()) - t;
  const hits = root.querySelectorAll('[role=treeitem]').length;
  const long = await tasks.stop();
  el.remove();
  return { metrics: { 'first render': first, 'expand all': expandAll, 'toggle one': toggle, 'search keystroke': search }, visible, all, hits, ...long };
}

/** Plain DOM: nested <ul>/<li> of the same nodes (goals open at first, then everything). */
export async function plain(n: number) {
  const data = structuredClone(await load(n));
  await painted();
  const host = document.createElement('div');
  document.body.append(host);
  const tasks = watchLongTasks();
  const lis = new Map<PlanNode, HTMLLIElement>();
  const list = (nodes: PlanNode[], level: number, depth: number): HTMLUListElement => {
    const ul = document.createElement('ul');
    ul.setAttribute('role', level === 1 ? 'tree' : 'group');
    for (const node of nodes) {
      const li = document.createElement('li');
      li.setAttribute('role', 'treeitem');
      li.setAttribute('aria-level', String(level));
      li.tabIndex = -1;
      const kind = document.createElement('span');
      kind.textContent = node.kind ?? '';
      const title = document.createElement('span');
      title.textContent = node.title;
      li.append(kind, ' ', title);
      lis.set(node, li);
      if (node.children?.length) {
        li.setAttribute('aria-expanded', String(level < depth));
        if (level < depth) li.append(list(node.children, level + 1, depth));
      }
      ul.append(li);
    }
    return ul;
  };
  let t = performance.now();
  host.append(list(data.goals, 1, 2));
  const first = (await painted()) - t;
  const visible = host.querySelectorAll('li').length;
  await sleep(50);

  t = performance.now();
  host.replaceChildren(list(data.goals, 1, Infinity));
  const expandAll = (await painted()) - t;
  const all = host.querySelectorAll('li').length;
  await sleep(50);

  const li = host.querySelector<HTMLElement>('li[aria-level="3"][aria-expanded="true"]');
  t = performance.now();
  li?.querySelector(':scope > ul')?.remove();
  li?.setAttribute('aria-expanded', 'false');
  const toggle = (await painted()) - t;
  await sleep(50);

  t = performance.now();
  let hits = 0;
  const walk = (nodes: PlanNode[]): boolean => {
    let any = false;
    for (const node of nodes) {
      const below = node.children ? walk(node.children) : false;
      const match = node.title.includes(QUERY) || below;
      lis.get(node)!.hidden = !match;
      if (match) hits++;
      any ||= match;
    }
    return any;
  };
  walk(data.goals);
  const search = (await painted()) - t;
  const long = await tasks.stop();
  host.remove();
  return { metrics: { 'first render': first, 'expand all': expandAll, 'toggle one': toggle, 'search keystroke': search }, visible, all, hits, ...long };
}

Object.assign(globalThis, { bench: { viewer, plain } });
