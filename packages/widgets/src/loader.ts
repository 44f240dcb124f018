/**
 * chiiki-loader.js — a classic script (≤ 2 KB gzip) for a site's template. It imports only the elements
 * a page uses, including ones added later, from the folder it was loaded from, and upgrades CMS-safe
 * placeholders: `<div data-chiiki="salon-finder" data-src="…">fallback</div>` becomes
 * `<chiiki-salon-finder src="…">` (every `data-X` becomes `X`; `id`, `class`, `lang` and `title` are
 * kept). The fallback content stays until the element is defined, and for ever where scripts never run.
 */
const WIDGETS = ['salon-finder', 'consultation-badge', 'support-matcher', 'plan-viewer'];

/** The folder of this script: `currentScript` for a classic script, else the script tag that names us. */
function scriptBase(): URL {
  const script =
    (document.currentScript as HTMLScriptElement | null) ??
    document.querySelector<HTMLScriptElement>('script[src*="chiiki-loader"]');
  return new URL('.', script?.src || location.href);
}

const base = scriptBase();
const requested = new Set<string>();
const upgraded = new WeakSet<Element>();

function load(widget: string): void {
  if (!WIDGETS.includes(widget) || requested.has(widget) || customElements.get(`chiiki-${widget}`)) return;
  requested.add(widget);
  import(/* @vite-ignore */ new URL(`${widget}.js`, base).href).catch((error: unknown) => {
    requested.delete(widget);
    console.error(`[chiiki-loader] could not load ${widget}.js; the fallback content stays`, error);
  });
}

/** Replaces a placeholder with its element once the element is defined; the fallback shows until then. */
function upgrade(placeholder: Element): void {
  const widget = placeholder.getAttribute('data-chiiki') ?? '';
  if (!WIDGETS.includes(widget) || upgraded.has(placeholder)) return;
  upgraded.add(placeholder);
  const element = document.createElement(`chiiki-${widget}`);
  for (const { name, value } of Array.from(placeholder.attributes)) {
    if (name === 'data-chiiki') continue;
    if (name.startsWith('data-')) {
      const target = name.slice(5);
      // Never create event-handler or style attributes from data-on…/data-style.
      if (!target.startsWith('on') && target !== 'style') element.setAttribute(target, value);
    } else if (name === 'id' || name === 'class' || name === 'lang' || name === 'title') element.setAttribute(name, value);
  }
  load(widget);
  void customElements.whenDefined(element.localName).then(() => {
    if (placeholder.isConnected) placeholder.replaceWith(element);
  });
}

/** Loads every element used at or under `root` and upgrades its placeholders. */
function scan(root: Element | Document): void {
  if (root instanceof Element) {
    if (root.localName.startsWith('chiiki-')) load(root.localName.slice(7));
    if (root.hasAttribute('data-chiiki')) upgrade(root);
  }
  for (const widget of WIDGETS) if (root.querySelector(`chiiki-${widget}`)) load(widget);
  root.querySelectorAll('[data-chiiki]').forEach(upgrade);
}

function start(): void {
  scan(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of Array.from(record.addedNodes)) if (node instanceof Element) scan(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
