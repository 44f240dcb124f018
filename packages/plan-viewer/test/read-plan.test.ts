import { expect } from '@open-wc/testing';
import { ChiikiError } from '@chiiki/core';
import { readPlanDocument } from '../src/read-plan.js';

const realFetch = window.fetch;
afterEach(() => {
  window.fetch = realFetch;
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'none';
  } catch (error) {
    return error instanceof ChiikiError ? error.code : (error as Error).name;
  }
}

const stub = (response: () => Promise<Response>) => {
  window.fetch = () => response();
};

describe('readPlanDocument (one JSON document, core error codes)', () => {
  it('reads a URL, bytes in UTF-8 with a mark or in Shift_JIS, and text; an object is never unwrapped', async () => {
    const plan = { goals: [{ id: 'a', title: '目標' }] }; // no id or title: loadRecords would unwrap it to its goals
    stub(async () => new Response(JSON.stringify(plan)));
    expect(await readPlanDocument({ kind: 'url', url: '/plan.json' })).to.deep.equal(plan);
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"title":"計画"}')]);
    expect(await readPlanDocument({ kind: 'bytes', bytes: utf8.buffer })).to.deep.equal({ title: '計画' });
    // {"title":"計画"} in Shift_JIS (計 8C 76, 画 89 E6)
    const sjis = new Uint8Array([...new TextEncoder().encode('{"title":"'), 0x8c, 0x76, 0x89, 0xe6, ...new TextEncoder().encode('"}')]);
    expect(await readPlanDocument({ kind: 'bytes', bytes: sjis.buffer })).to.deep.equal({ title: '計画' });
    expect(await readPlanDocument({ kind: 'text', text: '\ufeff{"id":"x"}' })).to.deep.equal({ id: 'x' });
  });

  it('reports http-status, fetch-failed, parse-failed and empty', async () => {
    stub(async () => new Response('missing', { status: 404 }));
    expect(await codeOf(readPlanDocument({ kind: 'url', url: '/x.json' }))).to.equal('http-status');
    stub(async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await codeOf(readPlanDocument({ kind: 'url', url: '/x.json' }))).to.equal('fetch-failed');
    stub(async () => new Response('<!doctype html><p>Not JSON'));
    expect(await codeOf(readPlanDocument({ kind: 'url', url: '/x.json' }))).to.equal('parse-failed');
    stub(async () => new Response('  \n'));
    expect(await codeOf(readPlanDocument({ kind: 'url', url: '/x.json' }))).to.equal('empty');
    expect(await codeOf(readPlanDocument({ kind: 'text', text: 'null' }))).to.equal('empty');
  });

  it('an abort rejects with the signal’s reason, even when the fetch never answers', async () => {
    stub(() => new Promise<Response>(() => undefined));
    const abort = new AbortController();
    const reading = readPlanDocument({ kind: 'url', url: '/slow.json' }, abort.signal);
    abort.abort();
    expect(await codeOf(reading)).to.equal('AbortError');
  });
});
