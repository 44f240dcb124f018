/**
 * The selection in the URL fragment (PRODUCT.md §3): `#salon=ID`, or `#<element id>.salon=ID` when
 * the element has an id, so several widgets can share one fragment (`#a.salon=1&b.node=2`).
 * Written with `history.replaceState` (no history entries, no scroll jump).
 */
export function fragmentKey(elementId: string): string {
  return elementId ? `${elementId}.salon` : 'salon';
}

function parse(hash: string): URLSearchParams {
  return new URLSearchParams(hash.replace(/^#/, ''));
}

/** The salon id in the current fragment for this element, if any. */
export function readSelection(elementId: string, hash = location.hash): string | undefined {
  return parse(hash).get(fragmentKey(elementId)) ?? undefined;
}

/** Writes (or, with `undefined`, removes) this element's selection, keeping other keys. */
export function writeSelection(elementId: string, salonId: string | undefined): void {
  const params = parse(location.hash);
  const key = fragmentKey(elementId);
  if (salonId === undefined) params.delete(key);
  else params.set(key, salonId);
  const hash = params.toString();
  const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
}
