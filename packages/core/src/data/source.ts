import type { DataSource } from './load.js';

/**
 * The element's data source, in the order of PRODUCT.md §2: the `data` property, else `src`, else an
 * inline `<script type="application/json">` child (CSP-safe). `undefined` when there is none.
 */
export function sourceFromElement(element: HTMLElement, src: string | null | undefined, data: unknown): DataSource | undefined {
  if (data !== undefined && data !== null) return { kind: 'value', value: data };
  if (src) return { kind: 'url', url: new URL(src, element.baseURI).href };
  const script = element.querySelector(':scope > script[type="application/json"]');
  if (script?.textContent?.trim()) return { kind: 'text', text: script.textContent };
  return undefined;
}
