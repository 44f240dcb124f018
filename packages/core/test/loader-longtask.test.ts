import { expect } from '@open-wc/testing';
import { loadSalons, yieldToMain } from '@chiiki/core';

/**
 * Behaviour, not a benchmark: while 100,000 rows load, the page stays responsive — no main-thread
 * task over 50 ms (Chromium's 'longtask' entries).
 */
function bigCsv(rows: number): Uint8Array {
  const lines = ['No,市区町村コード,名称,所在地（都道府県から番地まで）,対象者,活動内容,運営日（平日）－開始,運営日（平日）－終了,定休日,料金体系,定員,送迎の有無,緯度,経度'];
  for (let i = 1; i <= rows; i++) {
    lines.push(
      `${i},434035,"サロン ${i}",熊本県菊池郡さくら町${i}番地,地域の高齢者,"体操、お茶会",10:00,12:00,土日祝,1回100円,20,${i % 2},${(32 + (i % 1000) / 1000).toFixed(4)},${(130 + (i % 997) / 1000).toFixed(4)}`,
    );
  }
  return new TextEncoder().encode(lines.join('\r\n'));
}

async function longTasksDuring(work: () => Promise<void>): Promise<number[]> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => durations.push(e.duration)));
  observer.observe({ type: 'longtask' });
  await work();
  await new Promise((resolve) => setTimeout(resolve, 100)); // let the last entries arrive
  observer.takeRecords().forEach((e) => durations.push(e.duration));
  observer.disconnect();
  return durations;
}

/**
 * A control run: 1 s of trivial 4 ms slices. On an overloaded machine (other processes holding the
 * CPU) even these show up as long tasks; then the 50 ms assertion says nothing about our code and
 * the test is skipped with that reason (logged), rather than failing at random. The control runs
 * before the load and, when the load saw long tasks, once more after it.
 */
async function machineKeepsUp(): Promise<boolean> {
  const long = await longTasksDuring(async () => {
    const end = performance.now() + 1000;
    while (performance.now() < end) {
      const start = performance.now();
      while (performance.now() - start < 4);
      await yieldToMain();
    }
  });
  if (long.length) console.warn(`machine too busy for the long-task check: control slices took ${long.map(Math.round).join(', ')} ms`);
  return long.length === 0;
}

describe('loading 100,000 rows', function () {
  this.timeout(180_000);

  it('yields to the page many times while it works (time slicing), with progress', async () => {
    const bytes = bigCsv(100_000);
    const progress: [number, number][] = [];
    const result = await loadSalons({ kind: 'bytes', bytes: bytes.buffer as ArrayBuffer }, { onProgress: (done, total) => progress.push([done, total]) });
    expect([result.total, result.loaded, result.rejected]).to.deep.equal([100_000, 100_000, 0]);
    expect(progress.length).to.be.greaterThan(20);
    expect(progress.at(-1)).to.deep.equal([100_000, 100_000]);
    expect(progress.every(([done], i) => i === 0 || done >= progress[i - 1]![0])).to.equal(true);
  });

  it('has no main-thread task over 50 ms (CSV bytes: decode, parse, normalise)', async function () {
    if (!(await machineKeepsUp())) this.skip();
    const bytes = bigCsv(100_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    let loaded = 0;
    const progress: number[] = [];
    const long = await longTasksDuring(async () => {
      const result = await loadSalons({ kind: 'bytes', bytes: bytes.buffer as ArrayBuffer }, { onProgress: (done) => progress.push(done) });
      loaded = result.loaded;
      expect(result.total).to.equal(100_000);
    });
    expect(loaded).to.equal(100_000);
    expect(progress.length).to.be.greaterThan(10);
    if (long.length && !(await machineKeepsUp())) this.skip();
    expect(long, `long tasks (ms): ${long.map(Math.round).join(', ')}`).to.deep.equal([]);
  });

  it('has no main-thread task over 50 ms (a property value of 100,000 objects)', async function () {
    if (!(await machineKeepsUp())) this.skip();
    const value = Array.from({ length: 100_000 }, (_, i) => ({ id: `s${i % 50_000}`, name: `サロン${i}`, lat: 32.8, lng: 130.8, audiences: ['elderly'] }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    let duplicates = 0;
    const long = await longTasksDuring(async () => {
      const result = await loadSalons({ kind: 'value', value });
      duplicates = result.problems.filter((p) => p.reason === 'duplicate-id').length;
    });
    expect(duplicates).to.equal(50_000);
    if (long.length && !(await machineKeepsUp())) this.skip();
    expect(long, `long tasks (ms): ${long.map(Math.round).join(', ')}`).to.deep.equal([]);
  });
});
