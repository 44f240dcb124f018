import { expect } from '@open-wc/testing';
import { ChiikiError, DataController, loadSalons, salonKind, type Salon } from '@chiiki/core';
import { LitElement } from 'lit';

const FIXTURES = '/packages/core/test/fixtures/';

async function failure(promise: Promise<unknown>): Promise<ChiikiError> {
  try {
    await promise;
  } catch (error) {
    return error as ChiikiError;
  }
  throw new Error('expected the read to fail');
}

describe('fetch failures by code', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('reads a fixture served from the repo', async () => {
    const result = await loadSalons({ kind: 'url', url: FIXTURES + 'salons-mhlw.sjis.csv' });
    expect(result.loaded).to.equal(3);
  });

  it('http-status for a 404', async () => {
    const error = await failure(loadSalons({ kind: 'url', url: FIXTURES + 'no-such-file.csv' }));
    expect(error).to.be.instanceOf(ChiikiError);
    expect(error.code).to.equal('http-status');
    expect(error.message).to.contain('404');
  });

  it('fetch-failed when the network refuses', async () => {
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = await failure(loadSalons({ kind: 'url', url: '/anything.csv' }));
    expect(error.code).to.equal('fetch-failed');
  });

  it('timeout with a tiny timeoutMs against a fetch that never answers (and ignores its signal)', async () => {
    window.fetch = () => new Promise<Response>(() => {});
    const started = performance.now();
    const error = await failure(loadSalons({ kind: 'url', url: '/slow.csv' }, { timeoutMs: 30 }));
    expect(error.code).to.equal('timeout');
    expect(performance.now() - started).to.be.below(2000);
  });

  it('timeout while the body is still arriving', async () => {
    let signal: AbortSignal | undefined;
    window.fetch = (_input, init) => {
      signal = init?.signal ?? undefined;
      const body = new ReadableStream({ start: () => {} }); // never sends anything
      return Promise.resolve(new Response(body, { status: 200 }));
    };
    const error = await failure(loadSalons({ kind: 'url', url: '/trickle.csv' }, { timeoutMs: 30 }));
    expect(error.code).to.equal('timeout');
    expect(signal?.aborted, 'the request itself is aborted').to.equal(true);
  });

  it('parse-failed for broken JSON; empty for an empty file', async () => {
    window.fetch = () => Promise.resolve(new Response('{"salons": [', { status: 200 }));
    expect((await failure(loadSalons({ kind: 'url', url: '/broken.json' }))).code).to.equal('parse-failed');
    window.fetch = () => Promise.resolve(new Response('', { status: 200 }));
    expect((await failure(loadSalons({ kind: 'url', url: '/empty.csv' }))).code).to.equal('empty');
  });

  it('uses the content type and the file extension to choose JSON', async () => {
    window.fetch = () => Promise.resolve(new Response('not json', { status: 200, headers: { 'content-type': 'application/json' } }));
    expect((await failure(loadSalons({ kind: 'url', url: '/x' }))).code).to.equal('parse-failed');
    window.fetch = () => Promise.resolve(new Response('name\nA\n', { status: 200, headers: { 'content-type': 'text/csv' } }));
    expect((await loadSalons({ kind: 'url', url: '/x' })).records[0]!.name).to.equal('A');
  });

  it('aborting the read rejects with AbortError, not a ChiikiError', async () => {
    window.fetch = (_input, init) =>
      new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const controller = new AbortController();
    const pending = failure(loadSalons({ kind: 'url', url: '/slow.csv' }, { signal: controller.signal }));
    controller.abort();
    const error = await pending;
    expect(error).not.to.be.instanceOf(ChiikiError);
    expect((error as unknown as DOMException).name).to.equal('AbortError');
  });
});

class DataHost extends LitElement {
  data = new DataController<Salon>(this, salonKind);
}
customElements.define('core-test-data-host', DataHost);

describe('DataController', function () {
  this.timeout(60_000);

  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('fires chiiki-error with the code, then chiiki-load after a successful retry', async () => {
    const host = document.createElement('core-test-data-host') as DataHost;
    document.body.append(host);
    const errors: CustomEvent[] = [];
    const loads: CustomEvent[] = [];
    host.addEventListener('chiiki-error', (e) => errors.push(e as CustomEvent));
    host.addEventListener('chiiki-load', (e) => loads.push(e as CustomEvent));
    let fail = true;
    window.fetch = (input, init) => (fail ? Promise.reject(new TypeError('offline')) : realFetch(FIXTURES + 'salons-mhlw.sjis.csv', init ?? {}).then((r) => (void input, r)));
    await host.data.load({ kind: 'url', url: '/salons.csv' });
    expect(host.data.state).to.equal('error');
    expect(errors[0]!.detail.error.code).to.equal('fetch-failed');
    fail = false;
    await host.data.retry();
    expect(host.data.state).to.equal('ready');
    expect(loads[0]!.detail).to.deep.include({ total: 3, loaded: 3, rejected: 0, source: '/salons.csv' });
    host.remove();
  });

  it('fires chiiki-progress while a large read is sliced', async () => {
    const host = document.createElement('core-test-data-host') as DataHost;
    document.body.append(host);
    const progress: { done: number; total: number }[] = [];
    host.addEventListener('chiiki-progress', (e) => progress.push((e as CustomEvent).detail));
    const value = Array.from({ length: 20_000 }, (_, i) => ({ name: `サロン${i}`, lat: 32.8, lng: 130.8 }));
    await host.data.load({ kind: 'value', value });
    expect(host.data.result!.loaded).to.equal(20_000);
    expect(progress.length).to.be.greaterThan(1);
    expect(progress.at(-1)).to.deep.equal({ done: 20_000, total: 20_000 });
    expect(progress.every((p, i) => i === 0 || p.done >= progress[i - 1]!.done)).to.equal(true);
    host.remove();
  });
});
