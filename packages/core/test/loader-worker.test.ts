import { expect } from '@open-wc/testing';
import { ChiikiError, loadRecords, loadSalons, salonKind, type LoadResult, type ReadOptions, type RecordKind } from '@chiiki/core';
import { parseWorker } from '../src/data/worker-client.js';
import { lastPath, WORKER_MIN_SIZE } from '../src/data/load.js';
import { BYTE_FIXTURES } from '../../../test/corpus/bytes.js';
import salonManifest from '../../../test/corpus/salons/manifest.json';

/**
 * The parse worker and the main thread's time slices give the same result (PRODUCT.md §2: records,
 * problems with their rows, counts, error codes) on the same corpus: every bad-input file of
 * test/corpus/salons, core's layout fixtures, and a large generated file with defects.
 */

interface Entry {
  case: string;
  file?: string;
  bytes?: string;
  options?: ReadOptions;
}

type Outcome = { result: LoadResult<unknown> } | { error: string };

async function outcome(read: () => Promise<LoadResult<unknown>>): Promise<Outcome> {
  try {
    return { result: await read() };
  } catch (error) {
    return { error: error instanceof ChiikiError ? error.code : String(error) };
  }
}

async function fixtureBytes(path: string): Promise<ArrayBuffer> {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  return response.arrayBuffer();
}

/** Reads `bytes` through both paths; asserts the worker was used and both outcomes are equal. */
async function bothPaths(bytes: ArrayBuffer, name: string, kind: RecordKind<unknown>, options: ReadOptions = {}, workerPath = 'worker') {
  const size = bytes.byteLength;
  const sliced = await outcome(() => loadRecords({ kind: 'bytes', bytes, name }, kind, { ...options, worker: false }));
  const inWorker = await outcome(() => loadRecords({ kind: 'bytes', bytes, name }, kind, { ...options, worker: true }));
  // A source that cannot be read fails before any record (and may never reach a worker's reply).
  if ('result' in inWorker) expect(lastPath, `${name}: path`).to.equal(workerPath);
  expect(inWorker, name).to.deep.equal(sliced);
  // The caller's bytes are copied to the worker, never detached: a retry reads them again.
  expect(bytes.byteLength, `${name}: bytes kept`).to.equal(size);
  return sliced;
}

const CORE_FIXTURES = [
  'salons-mhlw.sjis.csv',
  'salons-mhlw.csv',
  'salons-ods.csv',
  'salons-ods-legacy.csv',
  'salons-events.csv',
  'salons-model.json.txt',
  'salons.geojson',
  'corner.sjis.csv',
  'corner.utf8.csv',
];

/** A large MHLW-style CSV (UTF-8) with defects every few rows: bad coordinates, no name, duplicate ids. */
async function bigCsv(minBytes: number): Promise<{ bytes: ArrayBuffer; rows: number }> {
  const text = new TextDecoder('shift_jis').decode(await fixtureBytes('/packages/core/test/fixtures/salons-mhlw.sjis.csv'));
  const [header, ...body] = text.split(/\r?\n/).filter((line) => line.trim());
  const lines = [header!];
  let size = header!.length;
  let rows = 0;
  while (size < minBytes) {
    for (const line of body) {
      let row = line;
      rows++;
      if (rows % 7 === 0) row = row.replace(/,3[0-9]\.\d+,/, ',999,'); // a placeholder coordinate
      if (rows % 11 === 0) row = row.replace(/^([^,]*,[^,]*,[^,]*,)[^,]*/, '$1'); // no name in some layouts
      if (rows % 13 === 0) row = `"${row.replace(/"/g, '""')}",extra`; // one quoted blob: a broken row
      lines.push(row);
      size += row.length * 1.5;
    }
  }
  const bytes = new TextEncoder().encode(lines.join('\r\n')).buffer as ArrayBuffer;
  return { bytes, rows };
}

describe('parse worker and time slices give the same result', function () {
  this.timeout(120_000);

  afterEach(() => {
    parseWorker.unavailable = false;
  });

  for (const entry of salonManifest as Entry[]) {
    it(`corpus: ${entry.case}`, async () => {
      const bytes = entry.bytes
        ? (BYTE_FIXTURES[entry.bytes]!().slice().buffer as ArrayBuffer)
        : await fixtureBytes(`/test/corpus/salons/${entry.file}`);
      const name = entry.bytes ? `${entry.bytes}.csv` : entry.file!.replace(/\.txt$/, '');
      await bothPaths(bytes, name, salonKind as RecordKind<unknown>, entry.options);
    });
  }

  for (const file of CORE_FIXTURES) {
    it(`fixture: ${file}`, async () => {
      const result = await bothPaths(await fixtureBytes(`/packages/core/test/fixtures/${file}`), file.replace(/\.txt$/, ''), salonKind as RecordKind<unknown>);
      expect('result' in result && result.result.loaded).to.be.greaterThan(0);
    });
  }

  it('a large CSV with defects: same records, problems (rows), counts; read in the worker by default', async () => {
    const { bytes, rows } = await bigCsv(WORKER_MIN_SIZE * 1.2);
    const sliced = await loadSalons({ kind: 'bytes', bytes, name: 'big.csv' }, { worker: false });
    expect(lastPath).to.not.equal('worker');
    const progress: number[] = [];
    const inWorker = await loadSalons({ kind: 'bytes', bytes, name: 'big.csv' }, { onProgress: (done) => progress.push(done) });
    expect(lastPath).to.equal('worker');
    expect(sliced.total).to.equal(rows);
    expect(sliced.problems.length).to.be.greaterThan(rows / 10);
    expect(sliced.rejected).to.be.greaterThan(0);
    expect(inWorker).to.deep.equal(sliced);
    expect(progress.at(-1)).to.equal(rows);
  });

  it('a kind unknown to the worker (another package): parsed in the worker, normalised here, same result', async () => {
    const kind: RecordKind<unknown> = { ...(salonKind as RecordKind<unknown>), worker: undefined };
    const { bytes } = await bigCsv(200_000);
    await bothPaths(bytes, 'rows.csv', kind, {}, 'worker+slices');
    const json = await fixtureBytes('/test/corpus/salons/proto.json.txt');
    await bothPaths(json, 'proto.json', kind, {}, 'worker+slices');
    const geo = await fixtureBytes('/packages/core/test/fixtures/salons.geojson');
    await bothPaths(geo, 'salons.geojson', kind, {}, 'worker+slices');
  });

  it('a columns mapping and a forced format reach the worker', async () => {
    const csv = new TextEncoder().encode('施設,緯度経度\nひだまり,x\n,y\n').buffer as ArrayBuffer;
    const result = await bothPaths(csv, 'x.txt', salonKind as RecordKind<unknown>, { columns: { name: '施設' }, format: 'csv' });
    expect('result' in result && result.result.total).to.equal(2);
  });

  it('falls back to time slices when the worker cannot be made, and remembers it', async () => {
    const create = parseWorker.create;
    let tries = 0;
    parseWorker.create = () => {
      tries++;
      throw new DOMException('refused', 'SecurityError');
    };
    try {
      const bytes = await fixtureBytes('/packages/core/test/fixtures/salons-mhlw.sjis.csv');
      const first = await loadSalons({ kind: 'bytes', bytes, name: 'a.csv' }, { worker: true });
      expect(lastPath).to.equal('slices');
      const second = await loadSalons({ kind: 'bytes', bytes, name: 'a.csv' }, { worker: true });
      expect(tries).to.equal(1);
      expect(second).to.deep.equal(first);
      expect(first.loaded).to.equal(3);
    } finally {
      parseWorker.create = create;
    }
  });

  it('falls back to time slices when the worker script does not load (error before it runs)', async () => {
    const create = parseWorker.create;
    // A module that throws while it is evaluated: the worker reports an error before "ready".
    const url = URL.createObjectURL(new Blob(['throw new Error("no")'], { type: 'text/javascript' }));
    parseWorker.create = () => new Worker(url, { type: 'module' });
    try {
      const bytes = await fixtureBytes('/packages/core/test/fixtures/salons-ods.csv');
      const result = await loadSalons({ kind: 'bytes', bytes, name: 'ods.csv' }, { worker: true });
      expect(lastPath).to.equal('slices');
      expect(result.loaded).to.be.greaterThan(0);
    } finally {
      parseWorker.create = create;
      URL.revokeObjectURL(url);
    }
  });

  it('an abort stops the worker read with an AbortError', async () => {
    const { bytes } = await bigCsv(WORKER_MIN_SIZE * 1.2);
    const abort = new AbortController();
    const reading = loadSalons({ kind: 'bytes', bytes, name: 'big.csv' }, { signal: abort.signal, onProgress: () => abort.abort() });
    const error = await reading.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('fetch errors keep their codes on the worker path (the fetch stays on the main thread)', async () => {
    const error = await loadSalons({ kind: 'url', url: '/packages/core/test/fixtures/missing.csv' }, { worker: true }).catch((e: unknown) => e);
    expect((error as ChiikiError).code).to.equal('http-status');
  });

  it('salons from a URL are read in the worker (bytes fetched here, handed over)', async () => {
    const viaWorker = await loadSalons({ kind: 'url', url: '/packages/core/test/fixtures/salons-mhlw.sjis.csv' }, { worker: true });
    expect(lastPath).to.equal('worker');
    const sliced = await loadSalons({ kind: 'url', url: '/packages/core/test/fixtures/salons-mhlw.sjis.csv' }, { worker: false });
    expect(viaWorker).to.deep.equal(sliced);
  });

  it('a large text is handed over in pieces (a surrogate pair cut between two) and reads the same', async () => {
    const row = (i: number) => `{"name":"𠮷野家サロン${i}","lat":35.${i % 10},"lng":139.${i % 10}},`;
    let text = '[';
    for (let i = 0; text.length < 1_300_000; i++) text += row(i);
    text = `${text.slice(0, -1)}]`;
    // Move a 𠮷 (two UTF-16 units) onto the first piece boundary (512 Ki characters).
    const cut = (1 << 19) - 1;
    expect(text.length).to.be.greaterThan(cut + 2);
    const at = text.indexOf('𠮷', cut - 40);
    text = text.slice(0, cut) + text.slice(at, at + 2) + text.slice(cut, at) + text.slice(at + 2);
    const viaWorker = await loadSalons({ kind: 'text', text }, { worker: true });
    expect(lastPath).to.equal('worker');
    const sliced = await loadSalons({ kind: 'text', text }, { worker: false });
    expect(viaWorker).to.deep.equal(sliced);
    expect(sliced.loaded).to.be.greaterThan(10_000);
  });

  it('inline text (the <script type="application/json"> source) reads the same in the worker', async () => {
    const text = await (await fetch('/packages/core/test/fixtures/salons-model.json.txt')).text();
    const viaWorker = await loadSalons({ kind: 'text', text }, { worker: true });
    expect(lastPath).to.equal('worker');
    expect(viaWorker).to.deep.equal(await loadSalons({ kind: 'text', text }, { worker: false }));
  });
});
