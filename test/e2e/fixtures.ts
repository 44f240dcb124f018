import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Hosts a page may reach in tests: only the local server. Everything else is recorded and refused. */
const LOCAL = /^(http:\/\/127\.0\.0\.1(:\d+)?|data:|blob:|about:)/;

interface Guard {
  errors: string[];
  external: string[];
}

/**
 * Every e2e test gets a page that fails on console errors and uncaught exceptions and never reaches
 * the network: requests to other hosts are aborted and listed in `guard.external`.
 */
export const test = base.extend<{ guard: Guard }>({
  guard: async ({ page }, use) => {
    const guard: Guard = { errors: [], external: [] };
    page.on('pageerror', (error) => guard.errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') guard.errors.push(`console: ${message.text()}`);
    });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (LOCAL.test(url)) return route.continue();
      guard.external.push(url);
      return route.abort('blockedbyclient');
    });
    await use(guard);
  },
});

/** axe-core over the whole page, shadow roots included, with the tags of PRODUCT.md §2. */
export async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

export { expect };
