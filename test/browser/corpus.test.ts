import { expect } from '@open-wc/testing';
import { ChiikiError, loadSalons, type LoadResult, type ReadOptions, type Salon } from '@chiiki/core';
import { BYTE_FIXTURES } from '../corpus/bytes.js';
import salonManifest from '../corpus/salons/manifest.json';
import planManifest from '../corpus/plans/manifest.json';
import matchingManifest from '../corpus/matching/manifest.json';
import { readPlanDocument } from '../../packages/plan-viewer/src/read-plan.js';
import { normalizePlan } from '../../packages/plan-viewer/src/validate.js';
import { matchSupport } from '../../packages/support-matcher/src/engine/index.js';

/**
 * The bad-input corpus (test/corpus/, docs/robustness.md): every manifest entry is read through the
 * real loader and its outcome asserted exactly — counts, the listed problems (row, field, reason,
 * severity), or the error code. Entries marked `defect` describe the right outcome of a known defect
 * and are skipped until it is fixed (see docs/robustness.md).
 */

interface ExpectedProblem {
  row: number;
  field: string;
  reason: string;
  severity: 'error' | 'warning';
}
interface Entry {
  case: string;
  file?: string;
  bytes?: string;
  options?: ReadOptions;
  defect?: string;
  expected: {
    total?: number;
    loaded?: number;
    rejected?: number;
    problems?: ExpectedProblem[];
    names?: string[];
    namesInclude?: string[];
    errorCode?: string;
  };
}

async function bytesOf(entry: Entry, folder: string): Promise<{ bytes: ArrayBuffer; name: string }> {
  if (entry.bytes) return { bytes: BYTE_FIXTURES[entry.bytes]!().buffer as ArrayBuffer, name: `${entry.bytes}.csv` };
  const response = await fetch(`/test/corpus/${folder}/${entry.file}`);
  expect(response.ok, `fixture ${entry.file}`).to.equal(true);
  // JSON fixtures are stored as `.json.txt` (the test server would turn a `.json` file into a module).
  return { bytes: await response.arrayBuffer(), name: entry.file!.replace(/\.txt$/, '') };
}

const shape = (problems: { row: number; field: string; reason: string; severity: string }[]) =>
  problems.map(({ row, field, reason, severity }) => ({ row, field, reason, severity }));

/** Asserts a load result against an expectation: counts, the invariant, problems exactly, names. */
export function expectOutcome(result: LoadResult<{ name?: string }>, expected: Entry['expected'], label: string): void {
  expect(result.loaded + result.rejected, `${label}: loaded + rejected = total`).to.equal(result.total);
  expect({ total: result.total, loaded: result.loaded, rejected: result.rejected }, label).to.deep.equal({
    total: expected.total,
    loaded: expected.loaded,
    rejected: expected.rejected,
  });
  if (expected.problems) expect(shape(result.problems), `${label}: problems`).to.deep.equal(expected.problems);
  if (expected.names) expect(result.records.map((r) => r.name), `${label}: names`).to.deep.equal(expected.names);
  for (const name of expected.namesInclude ?? []) expect(result.records.map((r) => r.name), label).to.include(name);
}

function assertNotPolluted(): void {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted, 'Object.prototype polluted').to.equal(undefined);
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
  expect(Object.keys(Object.prototype)).to.deep.equal([]);
}

describe('corpus: salons (loadSalons)', () => {
  for (const entry of salonManifest as Entry[]) {
    const run = entry.defect ? it.skip : it;
    // DEFECT entries: see `defect` in test/corpus/salons/manifest.json and docs/robustness.md.
    run(`${entry.file ?? entry.bytes}: ${entry.case}`, async () => {
      const { bytes, name } = await bytesOf(entry, 'salons');
      const reading = loadSalons({ kind: 'bytes', bytes, name }, entry.options ?? {});
      if (entry.expected.errorCode) {
        const error = await reading.then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error, entry.case).to.be.instanceOf(ChiikiError);
        expect((error as ChiikiError).code).to.equal(entry.expected.errorCode);
        expect((error as ChiikiError).message).to.be.a('string').and.not.equal('');
      } else {
        expectOutcome(await reading, entry.expected, entry.case);
      }
      assertNotPolluted();
    });
  }

  it('every file in test/corpus/salons is listed in the manifest', async () => {
    // The manifest is the index of the corpus: a fixture without an expected outcome is a test that never ran.
    const listed = new Set((salonManifest as Entry[]).map((e) => e.file).filter(Boolean));
    for (const file of listed) expect((await fetch(`/test/corpus/salons/${file}`)).ok, file).to.equal(true);
    for (const name of Object.keys(BYTE_FIXTURES)) expect((salonManifest as Entry[]).some((e) => e.bytes === name), name).to.equal(true);
  });
});

describe('corpus: salons, generated inputs', () => {
  it('a 100,000-row CSV loads exactly, with one defect every 1,000 rows', async function () {
    this.timeout(60000);
    const lines = ['名称,住所,緯度,経度'];
    for (let i = 1; i <= 100_000; i++) {
      if (i % 1000 === 0) lines.push(`,さくら町${i},32.88,130.86`); // no name: rejected
      else if (i % 1000 === 500) lines.push(`サロン${i},さくら町${i},130.86,32.88`); // swapped: warning
      else lines.push(`サロン${i},さくら町${i},${(32 + (i % 100) / 1000).toFixed(3)},130.86`);
    }
    const started = performance.now();
    const result = await loadSalons({ kind: 'text', text: lines.join('\n') + '\n', name: 'big.csv' });
    const ms = performance.now() - started;
    expect(result.total).to.equal(100_000);
    expect(result.rejected).to.equal(100);
    expect(result.loaded).to.equal(99_900);
    expect(result.problems.filter((p) => p.reason === 'required').map((p) => p.row)).to.deep.equal(
      Array.from({ length: 100 }, (_, k) => (k + 1) * 1000),
    );
    expect(result.problems.filter((p) => p.reason === 'coordinates-swapped')).to.have.length(100);
    expect(result.problems.filter((p) => p.severity === 'error')).to.have.length(100);
    console.log(`100,000 rows: ${Math.round(ms)} ms`);
  });

  // Was a defect (32-bit FNV-1a ids collided about 6 times at 100,000 rows); ids.ts now hashes to 53 bits.
  it('distinct salons never get duplicate ids from the hash (100,000 rows)', async function () {
    this.timeout(60000);
    const lines = ['名称,住所'];
    for (let i = 1; i <= 100_000; i++) lines.push(`サロン${i},さくら町${i}`);
    const result = await loadSalons({ kind: 'text', text: lines.join('\n'), name: 'ids.csv' });
    expect(result.problems.filter((p) => p.reason === 'duplicate-id')).to.deep.equal([]);
    expect(new Set(result.records.map((r) => r.id)).size).to.equal(100_000);
  });

  it('a 5 MB field is read whole without throwing', async function () {
    this.timeout(60000);
    const big = 'あ'.repeat(5 * 1024 * 1024 / 3 + 1);
    const text = `名称,住所,緯度,経度\nサロンA,"${big}",32.88,130.86\n"${big.replace(/あ/g, 'x')}",さくら町,32.88,130.86\n`;
    const result = await loadSalons({ kind: 'text', text, name: 'big-field.csv' });
    expect({ total: result.total, loaded: result.loaded, rejected: result.rejected }).to.deep.equal({ total: 2, loaded: 2, rejected: 0 });
    expect(result.records[0]!.address!.length).to.equal(big.length);
    expect(result.records[1]!.name.length).to.equal(big.length);
  });

  it('deeply nested JSON: a 100,000-level array is one rejected record or a parse error, never a crash', async () => {
    const depth = 100_000;
    const text = '['.repeat(depth) + ']'.repeat(depth);
    try {
      const result = await loadSalons({ kind: 'text', text, name: 'deep.json' });
      expectOutcome(result, { total: 1, loaded: 0, rejected: 1, problems: [{ row: 1, field: '', reason: 'invalid-record', severity: 'error' }] }, 'deep');
    } catch (error) {
      expect(error).to.be.instanceOf(ChiikiError);
      expect((error as ChiikiError).code).to.equal('parse-failed');
    }
  });

  it('deep nesting inside a field is ignored field by field', async () => {
    let deep: unknown = { phone: '096-000-0000' };
    for (let i = 0; i < 5000; i++) deep = { a: deep, phone: 1 };
    const result = await loadSalons({ kind: 'value', value: [{ name: 'サロン', contact: deep, schedule: deep, lat: 32.88, lng: 130.86 }] });
    expect(result.total).to.equal(1);
    expect(result.loaded).to.equal(1);
  });

  it('prototype keys through the `columns` mapping and the data property pollute nothing', async () => {
    const text = '名前,x,y\nサロン,yes,yes\n';
    const columns = { name: '名前', '__proto__.polluted': 'x', 'constructor.prototype.polluted': 'y', 'contact.__proto__.polluted': 'x' };
    const result = await loadSalons({ kind: 'text', text, name: 'c.csv' }, { columns });
    expect(result.loaded).to.equal(1);
    const value = JSON.parse('[{"name":"a","__proto__":{"polluted":"yes"},"contact":{"__proto__":{"polluted":"yes"}}}]');
    const fromValue = await loadSalons({ kind: 'value', value });
    expect(fromValue.loaded).to.equal(1);
    assertNotPolluted();
  });

  it('a record whose getters throw is rejected, not thrown into the page', async () => {
    const hostile = Object.defineProperty({ lat: 32.88 }, 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } });
    const result = await loadSalons({ kind: 'value', value: [hostile, proxy, { name: 'ok', lat: 32.88, lng: 130.86 }] });
    expect(result.total).to.equal(3);
    expect(result.loaded + result.rejected).to.equal(3);
    expect(result.records.map((r: Salon) => r.name)).to.deep.equal(['ok']);
    expect(shape(result.problems.filter((p) => p.severity === 'error'))).to.deep.equal([
      { row: 1, field: '', reason: 'invalid-record', severity: 'error' },
      { row: 2, field: '', reason: 'invalid-record', severity: 'error' },
    ]);
  });
});

describe('corpus: plans (plan viewer: readPlanDocument + normalizePlan)', () => {
  for (const entry of planManifest as (Entry & { expected: Entry['expected'] & { plan?: boolean } })[]) {
    it(`${entry.file}: ${entry.case}`, async () => {
      const text = await (await fetch(`/test/corpus/plans/${entry.file}`)).text();
      const reading = readPlanDocument({ kind: 'text', text });
      if (entry.expected.errorCode) {
        const error = await reading.then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).to.be.instanceOf(ChiikiError);
        expect((error as ChiikiError).code).to.equal(entry.expected.errorCode);
        return;
      }
      const result = normalizePlan(await reading);
      expect(result.loaded + result.rejected, 'loaded + rejected = total').to.equal(result.total);
      expect({ total: result.total, loaded: result.loaded, rejected: result.rejected }).to.deep.equal({
        total: entry.expected.total,
        loaded: entry.expected.loaded,
        rejected: entry.expected.rejected,
      });
      expect(shape(result.problems)).to.deep.equal(entry.expected.problems);
      expect(result.plan !== undefined, 'a plan is read').to.equal(entry.expected.plan ?? true);
      assertNotPolluted();
    });
  }

  it('too-deep plans: levels below 12 are flattened, not lost (15 levels)', async () => {
    const text = await (await fetch('/test/corpus/plans/too-deep.json.txt')).text();
    const { plan } = normalizePlan(JSON.parse(text));
    let node = plan!.goals[0]!;
    let depth = 1;
    while (node.children?.length === 1) {
      node = node.children[0]!;
      depth++;
    }
    expect(depth).to.equal(11);
    expect(node.children!.map((c) => c.id)).to.deep.equal(['d12', 'd13', 'd14', 'd15']);
  });

  it('a 10,000-level plan is read without a stack overflow', () => {
    let goal: Record<string, unknown> = { id: 'leaf', title: '葉' };
    for (let i = 0; i < 10_000; i++) goal = { id: `n${i}`, title: `階層${i}`, children: [goal] };
    const result = normalizePlan({ id: 'p', title: '計画', municipality: 'さくら町', goals: [goal] });
    expect(result.total).to.equal(10_001);
    expect(result.loaded).to.equal(10_001);
    expect(result.problems.filter((p) => p.reason === 'too-deep')).to.have.length(10_001 - 12);
  });
});

interface MatchEntry {
  case: string;
  needs: string;
  offers: string;
  defect?: string;
  expected: { problems: unknown[]; stats: unknown; matches: unknown[]; unmatched: unknown[] };
}

describe('corpus: needs and offers (matchSupport)', () => {
  const read = async (file: string) => JSON.parse(await (await fetch(`/test/corpus/matching/${file}`)).text()) as unknown;

  for (const entry of matchingManifest as MatchEntry[]) {
    const run = entry.defect ? it.skip : it;
    // DEFECT entries: see `defect` in test/corpus/matching/manifest.json and docs/robustness.md.
    run(`${entry.needs} × ${entry.offers}: ${entry.case}`, async () => {
      const result = matchSupport(await read(entry.needs), await read(entry.offers));
      expect(result.problems.map(({ list, row, field, reason, severity }) => ({ list, row, field, reason, severity }))).to.deep.equal(entry.expected.problems);
      expect(result.stats).to.deep.equal(entry.expected.stats);
      expect(result.matches).to.deep.equal(entry.expected.matches);
      expect(result.unmatched).to.deep.equal(entry.expected.unmatched);
    });
  }

  it('prototype keys in needs and offers pollute nothing and never throw', async () => {
    const result = matchSupport(await read('needs-proto.json.txt'), await read('offers-proto.json.txt'));
    expect(result.stats.served).to.equal(2);
    assertNotPolluted();
  });

  it('wrong top-level types are problems, never exceptions', () => {
    for (const [needs, offers] of [
      [null, null],
      ['needs', 5],
      [{ 0: 'x' }, [[]]],
      [[{ categories: { length: 1e9 } }], [{ categories: ['shopping'], capacity: 1e308 }]],
    ] as [unknown, unknown][]) {
      const result = matchSupport(needs, offers);
      expect(result.matches).to.be.an('array');
      expect(result.stats.served).to.be.at.most(result.stats.total);
    }
  });
});
