/**
 * chiiki-loader.js — a classic script (≤ 2 KB gzip) that imports only the elements a page uses,
 * including ones added later, and upgrades CMS-safe placeholders:
 * `<div data-chiiki="salon-finder" data-src="…">fallback</div>` becomes `<chiiki-salon-finder src="…">`.
 */
const WIDGETS = ['salon-finder', 'consultation-badge', 'support-matcher', 'plan-viewer'];
const base = new URL('.', (document.currentScript as HTMLScriptElement | null)?.src ?? location.href);
const requested = new Set<string>();

function load(widget: string): void {
  if (requested.has(widget) || customElements.get(`chiiki-${widget}`)) return;
  requested.add(widget);
  import(/* @vite-ignore */ new URL(`${widget}.js`, base).href).catch((error: unknown) => {
    requested.delete(widget);
    console.error(`[chiiki-loader] could not load ${widget}`, error);
  });
}

/** Replaces a placeholder with its element; every `data-X` becomes `X`, the fallback stays until then. */
function upgrade(placeholder: HTMLElement): void {
  const widget = placeholder.dataset.chiiki ?? '';
  if (!WIDGETS.includes(widget)) return;
  const element = document.createElement(`chiiki-${widget}`);
  for (const { name, value } of Array.from(placeholder.attributes)) {
    if (name === 'data-chiiki') continue;
    if (name.startsWith('data-')) element.setAttribute(name.slice(5), value);
    else if (name === 'id' || name === 'class' || name === 'lang' || name === 'title') element.setAttribute(name, value);
  }
  load(widget);
  void customElements.whenDefined(element.localName).then(() => placeholder.replaceWith(element));
}

function scan(root: ParentNode): void {
  for (const widget of WIDGETS) if (root.querySelector(`chiiki-${widget}`)) load(widget);
  root.querySelectorAll<HTMLElement>('[data-chiiki]').forEach(upgrade);
}

function start(): void {
  scan(document);
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of Array.from(record.addedNodes)) {
        if (!(node instanceof Element)) continue;
        const widget = node.localName.startsWith('chiiki-') ? node.localName.slice(7) : '';
        if (WIDGETS.includes(widget)) load(widget);
        if (node instanceof HTMLElement && node.dataset.chiiki) upgrade(node);
        scan(node);
      }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
