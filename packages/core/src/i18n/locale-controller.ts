import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TOptions } from 'i18next';
import { resolveLocale, type Locale } from './locales.js';
import { onStringsChanged, translate } from './instance.js';
import { ensureStrings } from './lazy-strings.js';
import './core-locales.js';

type Host = ReactiveControllerHost & HTMLElement;

/** One observer for the whole document: `lang` changes anywhere re-check every connected host. */
const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watchDocument(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of hosts) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The nearest `lang` attribute, from the element itself outwards, crossing shadow roots. */
export function closestLang(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * Gives an element its locale (its own `lang`, else the closest ancestor's, watched live, else `ja`)
 * and a `t()` bound to it; re-renders the host when the locale or the strings change.
 */
export class LocaleController implements ReactiveController {
  #locale: Locale = 'ja';
  #unsubscribe?: () => void;
  #ownObserver?: MutationObserver;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  get locale(): Locale {
    return this.#locale;
  }

  hostConnected(): void {
    hosts.add(this);
    watchDocument();
    // The host's own `lang` when it sits inside another shadow root, which the document observer misses.
    this.#ownObserver = new MutationObserver(() => this.refresh());
    this.#ownObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.#unsubscribe = onStringsChanged(() => this.host.requestUpdate());
    this.refresh();
  }

  hostDisconnected(): void {
    hosts.delete(this);
    this.#ownObserver?.disconnect();
    this.#unsubscribe?.();
  }

  /** Re-reads the locale; re-renders only when it changed. */
  refresh(): void {
    const next = resolveLocale(closestLang(this.host));
    if (next !== this.#locale) {
      this.#locale = next;
      this.host.requestUpdate();
    }
    void ensureStrings(next);
  }

  t(key: string, options?: TOptions): string {
    return translate(this.#locale, key, options);
  }
}
