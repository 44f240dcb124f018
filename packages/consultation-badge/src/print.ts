/**
 * Prints one つながりカード on its own: a copy of the card goes into a hidden, same-origin
 * `<iframe>` with the print styles as a constructed stylesheet (allowed under the strict CSP of §2:
 * no inline style, no markup parsing), then that frame prints. The host page is not printed.
 * Falls back to `window.print()` (the badge's `@media print` rules then show the card) if the frame
 * cannot be used.
 */
export function printCard(card: Element, lang: string, cssText: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = '';
  Object.assign(frame.style, { position: 'fixed', inset: '0 auto auto 0', width: '0', height: '0', border: '0', opacity: '0' });
  document.body.append(frame);
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  const doc = frame.contentDocument;
  if (!win || !doc) {
    frame.remove();
    window.print();
    return;
  }
  const remove = () => frame.remove();
  try {
    doc.documentElement.lang = lang;
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(cssText);
    doc.adoptedStyleSheets = [sheet];
    doc.title = card.querySelector('h2')?.textContent?.trim() ?? '';
    doc.body.append(doc.importNode(card, true));
    win.addEventListener('afterprint', () => setTimeout(remove), { once: true });
    win.print();
  } catch {
    remove();
    window.print();
    return;
  }
  // Browsers whose print() returns before printing ends still get the frame removed.
  setTimeout(remove, 60_000);
}
