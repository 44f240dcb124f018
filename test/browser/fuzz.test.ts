import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { ChiikiError, loadSalons, type LoadResult } from '@chiiki/core';
import '../../packages/salon-finder/src/define.js';
import '../../packages/plan-viewer/src/define.js';
import { normalizePlan } from '../../packages/plan-viewer/src/validate.js';
import { matchSupport } from '../../packages/support-matcher/src/engine/index.js';
import salonsDefects from '../../demo/data/salons/salons-defects.json';
import sakuraPlan from '../../demo/data/plans/sakura.json';
import needsJson from '../../demo/data/matching/needs.json';
import offersJson from '../../demo/data/matching/offers.json';

/**
 * Property-based robustness (fast-check, fixed seeds, bounded runs): the sample files of demo/data
 * are mutated — cells deleted, duplicated and swapped, quotes injected, lines dropped or doubled, the
 * text truncated, JSON values replaced by values of any type — and every read must end in a result
 * with loaded + rejected = total or a ChiikiError, never another exception; the widget still renders.
 */

const SEED = 20261125;
// `.json` files are imported (the test server turns them into modules); other files are fetched as text.
const text = async (path: string) => (await fetch(path)).text();

/** One edit of a delimited text, at positions given as fractions so that any text can take it. */
type Edit =
  | { op: 'delete-cell' | 'duplicate-cell' | 'swap-cells' | 'delete-line' | 'duplicate-line' | 'quote' | 'truncate' | 'newline'; at: number; to: number }
  | { op: 'insert'; at: number; to: number; value: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    op: fc.constantFrom('delete-cell', 'duplicate-cell', 'swap-cells', 'delete-line', 'duplicate-line', 'quote', 'truncate', 'newline') as fc.Arbitrary<Exclude<Edit['op'], 'insert'>>,
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    to: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    to: fc.double({ min: 0, max: 1, noNaN: true }),
    value: fc.oneof(fc.string(), fc.constantFrom('"', '""', ',', '\t', '\r', '\n', '\ufeff', '\u202e', '\u0000', '<script>x</script>', '999', '緯度', '{', ']')),
  }),
);

function applyEdit(source: string, e: Edit): string {
  const lines = source.split('\n');
  const li = Math.min(lines.length - 1, Math.floor(e.at * lines.length));
  const cells = lines[li]!.split(',');
  const ci = Math.min(cells.length - 1, Math.floor(e.to * cells.length));
  const cj = Math.min(cells.length - 1, Math.floor(e.at * cells.length));
  const pos = Math.floor(e.at * source.length);
  switch (e.op) {
    case 'delete-cell':
      cells.splice(ci, 1);
      break;
    case 'duplicate-cell':
      cells.splice(ci, 0, cells[ci]!);
      break;
    case 'swap-cells':
      [cells[ci], cells[cj]] = [cells[cj]!, cells[ci]!];
      break;
    case 'delete-line':
      lines.splice(li, 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(li, 0, lines[li]!);
      return lines.join('\n');
    case 'quote':
      return source.slice(0, pos) + '"' + source.slice(pos);
    case 'truncate':
      return source.slice(0, pos);
    case 'newline':
      return source.slice(0, pos) + '\r\n' + source.slice(pos);
    case 'insert':
      return source.slice(0, pos) + e.value + source.slice(pos);
  }
  lines[li] = cells.join(',');
  return lines.join('\n');
}

/** A read that either gives a consistent result or a ChiikiError. Anything else fails the property. */
async function readSafely(run: () => Promise<LoadResult<unknown>>): Promise<LoadResult<unknown> | ChiikiError> {
  try {
    const result = await run();
    expect(result.loaded + result.rejected, 'loaded + rejected = total').to.equal(result.total);
    expect(result.loaded).to.be.at.least(0);
    expect(result.rejected).to.equal(new Set(result.problems.filter((p) => p.severity === 'error').map((p) => p.row)).size);
    for (const p of result.problems) expect(p.row, 'row within 1..total').to.be.within(1, Math.max(1, result.total));
    return result;
  } catch (error) {
    if (error instanceof ChiikiError) return error;
    throw error;
  }
}

/** Structural JSON mutation: a path into the value and a replacement of any JSON type (or a deletion). */
const jsonEdit = fc.record({
  path: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
  value: fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
  key: fc.constantFrom('', '__proto__', 'constructor', 'name', 'lat', 'id', 'title', 'children', 'categories', 'schedule', 'goals'),
});

function applyJsonEdit(root: unknown, e: { path: number[]; value: unknown; key: string }): unknown {
  let node = root as Record<string, unknown> | unknown[];
  for (let i = 0; i < e.path.length; i++) {
    const keys = Object.keys(node);
    if (!keys.length) break;
    const key = e.key && i === e.path.length - 1 ? e.key : keys[Math.min(keys.length - 1, Math.floor(e.path[i]! * keys.length))]!;
    const child = (node as Record<string, unknown>)[key];
    if (i === e.path.length - 1 || !child || typeof child !== 'object') {
      if (e.value === undefined) delete (node as Record<string, unknown>)[key];
      else Object.defineProperty(node, key, { value: e.value, enumerable: true, writable: true, configurable: true });
      break;
    }
    node = child as Record<string, unknown>;
  }
  return root;
}

describe('fuzz: mutated sample files never throw and keep loaded + rejected = total', function () {
  this.timeout(120000);

  for (const file of ['tsuinoba-mhlw.csv', 'koukyou-shisetsu.csv']) {
    it(`salons CSV: ${file} (100 cases)`, async () => {
      const source = await text(`/demo/data/salons/${file}`);
      await fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
          const mutated = edits.reduce(applyEdit, source);
          await readSafely(() => loadSalons({ kind: 'text', text: mutated, name: file }));
        }),
        { seed: SEED, numRuns: 100 },
      );
    });
  }

  it('salons JSON and GeoJSON: text edits (100 cases)', async () => {
    const json = JSON.stringify(salonsDefects, null, 1);
    const geo = await text('/demo/data/salons/salons.geojson');
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(edit, { minLength: 1, maxLength: 4 }), async (useGeo, edits) => {
        const mutated = edits.reduce(applyEdit, useGeo ? geo : json);
        await readSafely(() => loadSalons({ kind: 'text', text: mutated, name: useGeo ? 'x.geojson' : 'x.json' }));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('salons JSON and GeoJSON: values of any type anywhere, prototype keys (100 cases)', async () => {
    const json = salonsDefects as unknown;
    const geo = JSON.parse(await text('/demo/data/salons/salons.geojson')) as unknown;
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(jsonEdit, { minLength: 1, maxLength: 5 }), async (useGeo, edits) => {
        const value = edits.reduce(applyJsonEdit, structuredClone(useGeo ? geo : json));
        await readSafely(() => loadSalons({ kind: 'value', value }));
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('plans: values of any type anywhere (100 cases)', async () => {
    const plan = sakuraPlan as unknown;
    fc.assert(
      fc.property(fc.array(jsonEdit, { minLength: 1, maxLength: 5 }), (edits) => {
        const result = normalizePlan(edits.reduce(applyJsonEdit, structuredClone(plan)));
        expect(result.loaded + result.rejected).to.equal(result.total);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('needs and offers: CSV edits through the loader and values of any type through the engine (100 cases)', async () => {
    const needsCsv = await text('/demo/data/matching/needs.csv');
    const offers = (offersJson as unknown[]).slice(0, 30);
    const needs = (needsJson as unknown[]).slice(0, 30);
    const raw = { name: 'row', normalize: (r: Record<string, unknown>) => r };
    const { loadRecords } = await import('@chiiki/core');
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), fc.array(jsonEdit, { maxLength: 4 }), async (edits, jsonEdits) => {
        const read = await readSafely(() => loadRecords({ kind: 'text', text: edits.reduce(applyEdit, needsCsv), name: 'needs.csv' }, raw));
        const rows = read instanceof ChiikiError ? [] : read.records;
        const mutatedOffers = jsonEdits.reduce(applyJsonEdit, structuredClone(offers));
        for (const [n, o] of [
          [rows, mutatedOffers],
          [jsonEdits.reduce(applyJsonEdit, structuredClone(needs)), offers],
        ] as [unknown, unknown][]) {
          const result = matchSupport(n, o);
          expect(result.stats.served).to.be.at.most(result.stats.total);
          expect(result.matches.length).to.equal(result.stats.served);
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe('fuzz: the widget still renders mutated data', function () {
  this.timeout(120000);

  it('salon finder reads a mutated CSV from a blob URL and shows a list, an empty state or an error (15 cases)', async () => {
    const source = await text('/demo/data/salons/tsuinoba-mhlw.csv');
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        const mutated = edits.reduce(applyEdit, source);
        const url = URL.createObjectURL(new Blob([mutated], { type: 'text/csv' }));
        try {
          const el = await fixture(html`<chiiki-salon-finder view="list" src=${url} format="csv"></chiiki-salon-finder>`);
          await waitUntil(
            () => el.shadowRoot!.querySelector('.count, [role="alert"], .empty, .error')?.textContent?.trim(),
            'rendered a list, empty state or error',
            { timeout: 10000 },
          );
          expect(el.shadowRoot!.querySelectorAll('script').length).to.equal(0);
          el.remove();
        } finally {
          URL.revokeObjectURL(url);
        }
      }),
      { seed: SEED, numRuns: 15 },
    );
  });

  it('plan viewer renders a mutated plan from the data property (15 cases)', async () => {
    const plan = sakuraPlan as unknown;
    await fc.assert(
      fc.asyncProperty(fc.array(jsonEdit, { minLength: 1, maxLength: 5 }), async (edits) => {
        const data = edits.reduce(applyJsonEdit, structuredClone(plan));
        const el = await fixture(html`<chiiki-plan-viewer .data=${data}></chiiki-plan-viewer>`);
        await waitUntil(() => (el.shadowRoot!.textContent ?? '').trim().length > 0, 'rendered', { timeout: 10000 });
        el.remove();
      }),
      { seed: SEED, numRuns: 15 },
    );
  });
});
