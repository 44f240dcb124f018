import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

/**
 * Keyboard-only flows through the demo pages (docs/accessibility.md, 2.1.1 / 2.1.2 / 2.4.3 / 2.4.7):
 * only keyboard.press is used. After every key, focus must be on a real element (never lost to
 * <body>), visibly marked (outline or box-shadow on the deepest focused element, through shadow
 * roots), and Tab must move on (no trap) unless an open modal dialog holds it.
 */

interface Focus {
  path: string;
  body: boolean;
  visible: boolean;
  inDialog: boolean;
  text: string;
  /** The same element as at the previous look. */
  same: boolean;
  href: string;
}

async function focusNow(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    const path: string[] = [];
    while (el) {
      const role = el.getAttribute('role');
      path.push(el.localName + (el.id ? '#' + el.id : '') + (role ? `[${role}]` : '') + (el.classList.contains('item-button') ? '.item' : ''));
      const inner: Element | null = (el as HTMLElement).shadowRoot?.activeElement ?? null;
      if (!inner) break;
      el = inner;
    }
    const style = el ? getComputedStyle(el) : null;
    const outline = !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = !!style && style.boxShadow !== 'none';
    let node: Node | null = el;
    let inDialog = false;
    while (node) {
      if (node instanceof HTMLDialogElement && node.open) inDialog = true;
      node = node.parentNode ?? (node as ShadowRoot).host ?? null;
    }
    const w = window as unknown as { __a11yLast?: Element | null };
    const same = w.__a11yLast === el;
    w.__a11yLast = el;
    return {
      same,
      href: el?.getAttribute('href') ?? '',
      path: path.join(' > '),
      body: !el || el === document.body,
      visible: outline || shadow,
      inDialog,
      text: ((el as HTMLElement | null)?.innerText ?? el?.getAttribute('aria-label') ?? '').trim().slice(0, 40),
    };
  });
}

/** Presses `key` and checks the focus rules; returns where focus went. */
async function press(page: Page, key: string, problems: string[]): Promise<Focus> {
  const before = await focusNow(page);
  await page.keyboard.press(key);
  const after = await focusNow(page);
  if (after.body) problems.push(`${key}: focus lost to <body> (was on ${before.path})`);
  else if (!after.visible) problems.push(`${key}: no visible focus on ${after.path} “${after.text}”`);
  if (key === 'Tab' && !before.body && after.same && !after.inDialog) problems.push(`Tab: trapped on ${after.path}`);
  return after;
}

/** Tabs until `match` is true for the focus (at most `max` presses). */
async function tabTo(page: Page, match: (f: Focus) => boolean, problems: string[], max = 60): Promise<Focus> {
  let f = await focusNow(page);
  for (let i = 0; i < max && !match(f); i++) f = await press(page, 'Tab', problems);
  expect(match(f), `never reached the target by Tab; last focus ${f.path}`).toBe(true);
  return f;
}

test.describe.configure({ timeout: 45_000 });

test('consultation badge: Tab to the chip, Enter opens the card, Tab stays inside, Esc closes and returns focus', async ({ page, guard }) => {
  await page.goto('/demo/consultation.html');
  await expect(page.locator('#chip').getByRole('button', { name: /^福祉の相談窓口/ })).toBeVisible();
  const problems: string[] = [];
  await tabTo(page, (f) => f.path.includes('#chip') && f.path.endsWith('button'), problems);
  const trigger = await focusNow(page);
  await press(page, 'Enter', problems);
  const dialog = page.locator('#chip').getByRole('dialog');
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    let f = await focusNow(page);
    // A native modal <dialog> lets Tab leave to the browser's own UI after its last control (focus
    // reads as <body> in the page); the next Tab must come back into the dialog, never to the page.
    if (f.body) {
      await page.keyboard.press('Tab');
      f = await focusNow(page);
    }
    expect(f.inDialog, `Tab left the open dialog to ${f.path}`).toBe(true);
    if (!f.visible) problems.push(`Tab in dialog: no visible focus on ${f.path} “${f.text}”`);
  }
  await press(page, 'Escape', problems);
  await expect(dialog).toBeHidden();
  expect((await focusNow(page)).path).toBe(trigger.path);
  await press(page, 'Tab', problems);
  expect(problems).toEqual([]);
  expect(guard.errors).toEqual([]);
});

test('support matcher: a resident match by keyboard only', async ({ page, guard }) => {
  await page.goto('/demo/matching.html');
  const resident = page.locator('#resident');
  await expect(resident.getByRole('checkbox').first()).toBeVisible();
  const problems: string[] = [];
  await tabTo(page, (f) => f.path.includes('#resident') && f.path.endsWith('input') && f.text === '', problems);
  // Tab through the direction radios to the first category checkbox, tick it with Space.
  for (let i = 0; i < 6; i++) {
    const isCheckbox = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return (el as HTMLInputElement | null)?.type === 'checkbox';
    });
    if (isCheckbox) break;
    await press(page, 'Tab', problems);
  }
  await press(page, 'Space', problems);
  await expect(resident.getByRole('checkbox').first()).toBeChecked();
  // On to the district select; choose the first district with the arrow key.
  await tabTo(page, (f) => f.path.includes('#resident') && f.path.endsWith('select'), problems);
  await press(page, 'ArrowDown', problems);
  // The result is announced in the results region's status: a count or the "nothing fits" advice.
  await expect(resident.getByRole('region', { name: 'つながる先' }).getByRole('status')).toHaveText(/見つかりました|見つかりませんでした/);
  await press(page, 'Tab', problems);
  expect(problems).toEqual([]);
  expect(guard.errors).toEqual([]);
});

test('salon finder: Tab to the list, Enter opens a salon', async ({ page }) => {
  await page.goto('/demo/salons.html');
  const finder = page.locator('chiiki-salon-finder').first();
  await expect(finder.getByRole('list').first()).toBeVisible();
  const problems: string[] = [];
  await tabTo(page, (f) => f.path.startsWith('chiiki-salon-finder#finder') && f.path.endsWith('.item'), problems, 80);
  await press(page, 'Enter', problems);
  await expect(finder.locator('#details-title')).toBeFocused();
  await press(page, 'Tab', problems);
  expect(problems).toEqual([]);
});

test('plan viewer: Tab into the tree, arrows move, Enter selects and writes the deep link', async ({ page }) => {
  await page.goto('/demo/plan.html');
  const plan = page.locator('#plan');
  await expect(plan.getByRole('treeitem').first()).toBeVisible();
  const problems: string[] = [];
  await tabTo(page, (f) => f.path.startsWith('chiiki-plan-viewer#plan') && f.path.endsWith('[treeitem]'), problems);
  const first = await focusNow(page);
  await press(page, 'ArrowDown', problems);
  expect((await focusNow(page)).path).not.toBe(first.path);
  await press(page, 'Enter', problems);
  await expect(page).toHaveURL(/#plan\.node=/);
  await press(page, 'Tab', problems);
  expect(problems).toEqual([]);
});

test('plan viewer: a deep link opens the node; its salon link is followed by keyboard into the finder', async ({ page }) => {
  await page.goto('/demo/plan.html#plan.node=g1-salons');
  const plan = page.locator('#plan');
  await expect(plan.locator('[role="treeitem"][aria-selected="true"]')).toContainText('サロン・通いの場を増やす');
  const problems: string[] = [];
  await tabTo(page, (f) => f.path.startsWith('chiiki-plan-viewer#plan') && f.href.includes('finder.salon='), problems, 40);
  await page.keyboard.press('Enter'); // navigates to the finder page
  await expect(page).toHaveURL(/salons\.html#finder\.salon=434043-\d+/);
  await expect(page.locator('#finder').locator('#details-title')).toBeVisible();
  expect(problems).toEqual([]);
});

test('plan viewer: ArrowDown walks the whole tree (cross-cutting goals → basic goals)', async ({ page }) => {
  // Fixed 2026-11-25: ArrowDown used to stop on the last cross-cutting goal (li#t1 "横断的取組目標 ②");
  // both trees are now one arrow-key sequence with one tab stop.
  await page.goto('/demo/plan.html');
  await expect(page.locator('#plan').getByRole('treeitem').first()).toBeVisible();
  const problems: string[] = [];
  await tabTo(page, (f) => f.path.startsWith('chiiki-plan-viewer#plan') && f.path.endsWith('[treeitem]'), problems);
  for (let i = 0; i < 12; i++) {
    if ((await focusNow(page)).text.includes('サロン・通いの場を増やす')) break;
    await press(page, 'ArrowDown', problems);
  }
  expect((await focusNow(page)).text).toContain('サロン・通いの場を増やす');
});
