/**
 * The iframe page (`embed.html?widget=salon-finder&src=…&lang=…`): renders one widget from query
 * parameters and tells the host page its height so the iframe fits. Every parameter except
 * `widget` becomes an attribute of the element, except event-handler (`on…`) and `style` attributes.
 *
 * The host page fits the iframe with three lines (docs/embedding.md):
 * ```js
 * addEventListener('message', (e) => {
 *   if (e.data?.type === 'chiiki-embed-resize') for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.style.height = `${+e.data.height}px`;
 * });
 * ```
 */
import './chiiki-widgets.js';
import { TAG_NAMES, type TagName } from '@chiiki/core';

/** Attribute names taken from the query string: plain lowercase names, never `on…` handlers or `style`. */
const SAFE_NAME = /^(?!on)(?!style$)[a-z][a-z0-9-]*$/;

const params = new URLSearchParams(location.search);
const widget = params.get('widget');
const mount = document.getElementById('chiiki-embed')!;

if (widget && Object.hasOwn(TAG_NAMES, widget)) {
  const element = document.createElement(TAG_NAMES[widget as TagName]);
  for (const [name, value] of params) if (name !== 'widget' && SAFE_NAME.test(name)) element.setAttribute(name, value);
  if (params.has('lang')) document.documentElement.lang = params.get('lang')!;
  mount.replaceChildren(element);
  let last = -1;
  const report = () => {
    // The body's own height, not the document's scroll height: that never shrinks below the iframe.
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ type: 'chiiki-embed-resize', widget, height }, '*');
  };
  new ResizeObserver(report).observe(document.body);
}
