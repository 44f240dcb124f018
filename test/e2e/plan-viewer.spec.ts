import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Ajv2020 from 'ajv/dist/2020.js';
import { test, expect, axeViolations } from './fixtures.js';
import { normalizePlan, RUNTIME_ONLY_REASONS } from '../../packages/plan-viewer/src/validate.js';

const PLANS = ['sakura', 'otsu', 'kikuchi', 'kakogawa', 'koga', 'ogori'];
const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const schema = read('packages/plan-viewer/plan.schema.json');
const seeds: Record<string, unknown> = Object.fromEntries(PLANS.map((p) => [p, read(`demo/data/plans/${p}.json`)]));

const tree = (page: import('@playwright/test').Page) => page.locator('chiiki-plan-viewer [role="tree"]').last();

test.describe('plan viewer demo page', () => {
  test('every plan of the switcher loads without errors or axe violations', async ({ page, guard }) => {
    test.setTimeout(180_000); // six plans, axe on each, on a busy 2-core machine
    await page.goto('/demo/plan.html');
    const options = await page.locator('#plan-select option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toEqual(PLANS);
    for (const plan of PLANS) {
      await page.selectOption('#plan-select', plan);
      const title = (seeds[plan] as { title: string }).title;
      await expect(page.locator('chiiki-plan-viewer h2')).toHaveText(title);
      await page.locator('chiiki-plan-viewer').getByRole('button', { name: 'すべて開く' }).click();
      expect(await axeViolations(page), plan).toEqual([]);
    }
    expect(guard.errors).toEqual([]);
    expect(guard.external).toEqual([]);
  });

  test.describe.configure({ timeout: 90_000 });

  test('keyboard walk: Tab into the tree, arrows move, Enter selects and writes the deep link', async ({ page }) => {
    await page.goto('/demo/plan.html?plan=kikuchi');
    await expect(page.locator('chiiki-plan-viewer h2')).toHaveText(/菊池市/);
    const first = tree(page).getByRole('treeitem').first();
    await first.focus();
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown'); // level 2 under goal 1 (open by default: expand="goals")
    await page.keyboard.press('ArrowRight'); // open 交流の場づくりの推進
    await page.keyboard.press('ArrowRight'); // first action
    const focused = page.locator('chiiki-plan-viewer [role="treeitem"]:focus');
    await expect(focused).toHaveAttribute('aria-level', '3');
    await page.keyboard.press('Enter');
    await expect(focused).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(/#plan\.node=goal-1-1-1$/);
    await expect(page.locator('chiiki-plan-viewer .panel h3')).toContainText('地区社協活動');
    await page.keyboard.press('End');
    await expect(focused).toContainText('福祉サービスの計画的な充実'); // the last shown item (goals are open)
    await page.keyboard.press('Home');
    await expect(focused).toContainText('誰もがつどえる地域コミュニティづくり');
  });

  test('deep link: #plan.node=ID opens the path and selects without taking focus', async ({ page }) => {
    await page.goto('/demo/plan.html?plan=ogori#plan.node=policy-3-1-3');
    const selected = page.locator('chiiki-plan-viewer [role="treeitem"][aria-selected="true"]');
    await expect(selected).toContainText('災害に備えた取組をすすめる');
    await expect(selected).toHaveAttribute('aria-level', '3');
    await expect(selected).toHaveAttribute('tabindex', '0');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('body');
    await expect(page.locator('chiiki-plan-viewer .panel')).toContainText('自主防災組織活動の活性化');
  });

  test('print view: everything open, no controls', async ({ page }) => {
    await page.goto('/demo/plan.html?plan=kakogawa');
    await expect(page.locator('chiiki-plan-viewer h2')).toHaveText('第4期 地域福祉推進計画');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('chiiki-plan-viewer .controls')).toBeHidden();
    await expect(page.locator('chiiki-plan-viewer [role="tree"]').first()).toBeHidden();
    const printed = page.locator('chiiki-plan-viewer .print-view');
    await expect(printed).toBeVisible();
    await expect(printed).toContainText('ささえあい協議会※の充実を図ります');
    await expect(printed).toContainText('町内会（住民）主体による見守り・ささえあい活動');
  });
});

test.describe('plan.schema.json and the runtime validation agree', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(schema);
  /** Problems the schema can express (not duplicate ids, depth or unknown codes). */
  const schemaProblems = (doc: unknown) => normalizePlan(doc).problems.filter((p) => !RUNTIME_ONLY_REASONS.includes(p.reason));

  test('every sample plan is valid for both', () => {
    for (const [name, doc] of Object.entries(seeds)) {
      expect(validate(doc), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(normalizePlan(doc).problems, name).toEqual([]);
    }
  });

  test('hand-written invalid samples are invalid for both', () => {
    const base = () => structuredClone(seeds.sakura) as Record<string, unknown> & { goals: Record<string, unknown>[] };
    const cases: [string, (d: ReturnType<typeof base>) => void][] = [
      ['node without title', (d) => delete d.goals[0].title],
      ['blank title', (d) => (d.goals[0].title = '  ')],
      ['node without id', (d) => delete d.goals[1].id],
      ['id of the wrong type', (d) => (d.goals[1].id = 12)],
      ['actors not a list', (d) => (d.goals[0].actors = 'self')],
      ['unknown actor', (d) => (d.goals[0].actors = ['self', 'everyone'])],
      ['sdg 18', (d) => (d.goals[0].sdgs = [18])],
      ['sdg as text', (d) => (d.goals[0].sdgs = ['3'])],
      ['indicator without name', (d) => (d.goals[0].indicators = [{ unit: '人' }])],
      ['actual with a bad year', (d) => (d.goals[0].indicators = [{ name: 'x', actual: [{ year: 'R6', value: 1 }] }])],
      ['javascript: link', (d) => (d.goals[0].links = [{ label: 'x', href: 'javascript:alert(1)' }])],
      ['children not a list', (d) => (d.goals[0].children = {})],
      ['node not an object', (d) => d.goals.push('goal' as never)],
      ['period month 13', (d) => (d.period = { start: '2024-13', end: '2029-03' })],
      ['status progress over 100', (d) => (d.statuses = { x: { label: 'x', progress: 120 } })],
      ['area without level', (d) => (d.areas = [{ id: 'a', name: 'A' }])],
      ['missing goals', (d) => delete (d as Record<string, unknown>).goals],
      ['missing municipality', (d) => delete d.municipality],
      ['translations not objects', (d) => (d.goals[0].translations = { en: 'x' })],
      ['roles with a number', (d) => (d.goals[0].roles = { residents: [1] })],
      ['milestone without label', (d) => (d.goals[0].milestones = [{ year: 2025 }])],
    ];
    for (const [name, mutate] of cases) {
      const doc = base();
      mutate(doc);
      expect(validate(doc), name).toBe(false);
      expect(schemaProblems(doc).length, name).toBeGreaterThan(0);
    }
  });

  test('random mutations of the sample plans: valid for the schema ⇔ no schema-level problem at run time', () => {
    const docs = Object.values(seeds);
    const paths = (value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) => {
      out.push(at);
      if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) paths(v, [...at, Array.isArray(value) ? Number(k) : k], out);
      return out;
    };
    fc.assert(
      fc.property(fc.nat(docs.length - 1), fc.nat(), fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 })), (d, pick, value) => {
        const doc = structuredClone(docs[d]) as Record<string, unknown>;
        const all = paths(doc).filter((p) => p.length > 0);
        const path = all[pick % all.length];
        let parent = doc as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        const last = path[path.length - 1];
        if (value === undefined) {
          if (Array.isArray(parent)) parent.splice(Number(last), 1);
          else delete parent[last];
        } else parent[last] = value;
        const schemaValid = validate(doc);
        const runtimeValid = schemaProblems(doc).length === 0;
        if (schemaValid !== runtimeValid) throw new Error(`${JSON.stringify(path)} = ${JSON.stringify(value)}: schema ${schemaValid} (${JSON.stringify(validate.errors)}), runtime ${runtimeValid} (${JSON.stringify(schemaProblems(doc))})`);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
