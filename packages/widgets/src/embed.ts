/**
 * The iframe page (`embed.html?widget=salon-finder&src=…&lang=…`): renders one widget from query
 * parameters and tells the host page its height so the iframe fits. Every parameter except
 * `widget` becomes an attribute of the element.
 */
import './chiiki-widgets.js';
import { TAG_NAMES, type TagName } from '@chiiki/core';

const params = new URLSearchParams(location.search);
const widget = params.get('widget') as TagName | null;
const mount = document.getElementById('chiiki-embed')!;

if (widget && widget in TAG_NAMES) {
  const element = document.createElement(TAG_NAMES[widget]);
  for (const [name, value] of params) if (name !== 'widget' && /^[a-z][a-z0-9-]*$/.test(name)) element.setAttribute(name, value);
  if (params.has('lang')) document.documentElement.lang = params.get('lang')!;
  mount.replaceChildren(element);
  const report = () =>
    parent.postMessage({ type: 'chiiki-embed-resize', widget, height: Math.ceil(document.documentElement.scrollHeight) }, '*');
  new ResizeObserver(report).observe(document.body);
}
