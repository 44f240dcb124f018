import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/salon-finder/src/define.js';
import '../../packages/consultation-badge/src/define.js';
import '../../packages/plan-viewer/src/define.js';
import '../../packages/support-matcher/src/define.js';
import sakuraPlan from '../../demo/data/plans/sakura.json';

/**
 * Lifecycle robustness: elements removed mid-load and re-added, attributes changed rapidly, `src`
 * switched during a fetch with answers arriving out of order (only the latest wins), two instances
 * with different data and languages, and no listeners, timers, observers or workers left behind
 * after 100 connect/disconnect cycles. `window.fetch` is stubbed so each answer is released by hand.
 */

interface Pending {
  url: string;
  resolve: (response: Response) => void;
  reject: (error: unknown) => void;
  signal?: AbortSignal | null;
}

class FetchStub {
  pending: Pending[] = [];
  calls: string[] = [];
  #original = window.fetch;

  install(): this {
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        const url = new URL(input instanceof Request ? input.url : String(input), location.href).pathname;
        this.calls.push(url);
        const entry: Pending = { url, resolve, reject, signal: init?.signal };
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason ?? new DOMException('aborted', 'AbortError')));
        this.pending.push(entry);
      })) as typeof fetch;
    return this;
  }

  restore(): void {
    window.fetch = this.#original;
  }

  /** Answers the oldest pending request for `url` (waits until it is made). */
  async answer(url: string, body: string, status = 200): Promise<Pending> {
    await waitUntil(() => this.pending.some((p) => p.url === url), `request for ${url}`, { timeout: 5000 });
    const index = this.pending.findIndex((p) => p.url === url);
    const [entry] = this.pending.splice(index, 1);
    entry!.resolve(new Response(body, { status, headers: { 'content-type': url.endsWith('.json') ? 'application/json' : 'text/csv' } }));
    return entry!;
  }
}

const csv = (...names: string[]) => `名称,緯度,経度\n${names.map((n, i) => `${n},32.88${i},130.86`).join('\n')}\n`;
const shadowText = (el: Element) => el.shadowRoot?.textContent ?? '';
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** Every chiiki-load / chiiki-error an element fires. */
function record(el: Element): { type: string; source?: string; total?: number }[] {
  const events: { type: string; source?: string; total?: number }[] = [];
  for (const type of ['chiiki-load', 'chiiki-error'])
    el.addEventListener(type, (e) => {
      const detail = (e as CustomEvent).detail as { source?: string; total?: number };
      events.push({ type, source: detail.source && new URL(detail.source).pathname, total: detail.total });
    });
  return events;
}

describe('lifecycle: loads', () => {
  let stub: FetchStub;
  beforeEach(() => {
    stub = new FetchStub().install();
  });
  afterEach(() => stub.restore());

  it('salon finder: src switched during a fetch, answers out of order: only the latest wins', async () => {
    const el = document.createElement('chiiki-salon-finder');
    el.setAttribute('view', 'list');
    const events = record(el);
    el.setAttribute('src', '/life/a.csv');
    document.body.append(el);
    await waitUntil(() => stub.calls.includes('/life/a.csv'), 'a requested');
    el.setAttribute('src', '/life/b.csv');
    await waitUntil(() => stub.calls.includes('/life/b.csv'), 'b requested');
    await stub.answer('/life/b.csv', csv('ビーサロン'));
    await waitUntil(() => shadowText(el).includes('ビーサロン'), 'b shown');
    // The older answer arrives last: it must not replace b (its request was aborted).
    const a = stub.pending.find((p) => p.url === '/life/a.csv');
    if (a) a.resolve(new Response(csv('エーサロン')));
    await tick(200);
    expect(shadowText(el)).to.contain('ビーサロン');
    expect(shadowText(el)).not.to.contain('エーサロン');
    expect(events).to.deep.equal([{ type: 'chiiki-load', source: '/life/b.csv', total: 1 }]);
    el.remove();
  });

  it('salon finder: src changed rapidly ten times: one load, for the last src', async () => {
    const el = document.createElement('chiiki-salon-finder');
    el.setAttribute('view', 'list');
    const events = record(el);
    document.body.append(el);
    for (let i = 0; i < 10; i++) {
      el.setAttribute('src', `/life/r${i}.csv`);
      await tick(i % 3 === 0 ? 0 : 5);
    }
    await stub.answer('/life/r9.csv', csv('最後'));
    for (const p of [...stub.pending]) p.resolve(new Response(csv('古い')));
    await waitUntil(() => shadowText(el).includes('最後'), 'last shown');
    await tick(200);
    expect(shadowText(el)).not.to.contain('古い');
    expect(events).to.deep.equal([{ type: 'chiiki-load', source: '/life/r9.csv', total: 1 }]);
    el.remove();
  });

  it('salon finder: removed mid-load fires nothing and its request is aborted', async () => {
    const el = document.createElement('chiiki-salon-finder');
    el.setAttribute('view', 'list');
    el.setAttribute('src', '/life/gone.csv');
    const events = record(el);
    document.body.append(el);
    await waitUntil(() => stub.pending.some((p) => p.url === '/life/gone.csv'), 'requested');
    const request = stub.pending.find((p) => p.url === '/life/gone.csv')!;
    el.remove();
    await tick(50);
    expect(request.signal?.aborted, 'request aborted on disconnect').to.equal(true);
    request.resolve(new Response(csv('消えた')));
    await tick(100);
    expect(events).to.deep.equal([]);
  });

  // #9: an element moved in the DOM mid-load (a CMS that re-parents widgets, a tab panel, React
  // re-mounting the same node) reads its data again when it is back instead of "loading" forever.
  it('salon finder: removed mid-load and re-added loads again', async () => {
    const el = document.createElement('chiiki-salon-finder');
    el.setAttribute('view', 'list');
    el.setAttribute('src', '/life/again.csv');
    const events = record(el);
    document.body.append(el);
    await waitUntil(() => stub.pending.some((p) => p.url === '/life/again.csv'), 'requested');
    el.remove();
    await tick(20);
    document.body.append(el);
    await stub.answer('/life/again.csv', csv('もどった'));
    for (const p of [...stub.pending]) p.resolve(new Response(csv('もどった')));
    await waitUntil(() => shadowText(el).includes('もどった'), 'loaded after re-adding', { timeout: 5000 });
    expect(events.map((e) => e.type)).to.deep.equal(['chiiki-load']);
    el.remove();
  });

  it('plan viewer: removed mid-load and re-added loads again; src switched: the latest wins', async () => {
    const el = document.createElement('chiiki-plan-viewer');
    const events = record(el);
    el.setAttribute('src', '/life/plan-a.json');
    document.body.append(el);
    await waitUntil(() => stub.calls.includes('/life/plan-a.json'), 'requested');
    el.remove();
    await tick(20);
    document.body.append(el);
    el.setAttribute('src', '/life/plan-b.json');
    await waitUntil(() => stub.calls.includes('/life/plan-b.json'), 'b requested');
    await stub.answer('/life/plan-b.json', JSON.stringify({ ...sakuraPlan, title: 'B計画' }));
    for (const p of [...stub.pending]) p.resolve(new Response(JSON.stringify({ ...sakuraPlan, title: 'A計画' })));
    await waitUntil(() => shadowText(el).includes('B計画'), 'b shown', { timeout: 5000 });
    await tick(200);
    expect(shadowText(el)).not.to.contain('A計画');
    expect(events.filter((e) => e.type === 'chiiki-load').map((e) => e.source)).to.deep.equal(['/life/plan-b.json']);
    el.remove();
  });

  it('consultation badge: salon-id and src switched during a fetch: the latest record wins', async () => {
    const el = document.createElement('chiiki-consultation-badge');
    el.setAttribute('src', '/life/badge-a.json');
    el.setAttribute('salon-id', 'a');
    document.body.append(el);
    await waitUntil(() => stub.calls.includes('/life/badge-a.json'), 'requested', { timeout: 5000 });
    el.setAttribute('src', '/life/badge-b.json');
    el.setAttribute('salon-id', 'b');
    await stub.answer('/life/badge-b.json', JSON.stringify([{ id: 'b', name: 'ビー窓口', consultation: {} }]));
    for (const p of [...stub.pending]) p.resolve(new Response(JSON.stringify([{ id: 'a', name: 'エー窓口', consultation: {} }])));
    await waitUntil(() => shadowText(el).includes('ビー窓口') || el.shadowRoot!.querySelector('[aria-label*="ビー窓口"]'), 'b shown', { timeout: 5000 });
    await tick(200);
    expect(shadowText(el)).not.to.contain('エー窓口');
    el.remove();
  });

  it('support matcher: offers-src switched during a fetch: the latest wins', async () => {
    const el = document.createElement('chiiki-support-matcher');
    const events = record(el);
    el.setAttribute('offers-src', '/life/offers-a.json');
    document.body.append(el);
    await waitUntil(() => stub.calls.includes('/life/offers-a.json'), 'requested');
    el.setAttribute('offers-src', '/life/offers-b.json');
    await stub.answer('/life/offers-b.json', JSON.stringify([{ id: 'b', name: 'B', kind: 'group', categories: ['shopping'] }, { id: 'c', name: 'C', kind: 'group', categories: ['shopping'] }]));
    for (const p of [...stub.pending]) p.resolve(new Response(JSON.stringify([{ id: 'a', name: 'A', kind: 'group', categories: ['garbage'] }])));
    await waitUntil(() => events.length > 0, 'loaded');
    await tick(300);
    expect(events).to.deep.equal([{ type: 'chiiki-load', source: '/life/offers-b.json', total: 2 }]);
    el.remove();
  });
});

describe('lifecycle: two instances on one page', () => {
  it('salon finders with different data and languages keep their own data and strings', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ja">
      <chiiki-salon-finder id="one" view="list" lang="en" .data=${[{ id: '1', name: 'Salon One', lat: 32.88, lng: 130.86 }]}></chiiki-salon-finder>
      <chiiki-salon-finder id="two" view="list" .data=${[{ id: '2', name: 'サロン二', lat: 32.88, lng: 130.86 }, { id: '3', name: 'サロン三', lat: 32.88, lng: 130.86 }]}></chiiki-salon-finder>
    </div>`);
    const one = wrapper.querySelector('#one')!;
    const two = wrapper.querySelector('#two')!;
    await waitUntil(() => one.shadowRoot!.querySelector('.count')?.textContent?.trim() && two.shadowRoot!.querySelector('.count')?.textContent?.trim(), 'both shown');
    expect(shadowText(one)).to.contain('Salon One');
    expect(shadowText(one)).not.to.contain('サロン二');
    expect(shadowText(two)).to.contain('サロン二');
    expect(shadowText(two)).not.to.contain('Salon One');
    expect(one.shadowRoot!.querySelector('h2')!.textContent).to.match(/[A-Za-z]/);
    expect(two.shadowRoot!.querySelector('h2')!.textContent).to.equal('サロンをさがす');
    // Switching one language leaves the other alone.
    wrapper.setAttribute('lang', 'ko');
    one.setAttribute('lang', 'vi');
    // Korean and Vietnamese strings load lazily: wait until both headings are in their own language.
    const heading = (el: Element) => el.shadowRoot!.querySelector('h2')!.textContent;
    await waitUntil(() => heading(two) !== 'サロンをさがす' && !/Find/.test(heading(two)!) && !/Find/.test(heading(one)!), 'ko and vi shown', { timeout: 8000 });
    expect(heading(one)).not.to.equal(heading(two));
    expect(shadowText(one)).to.contain('Salon One');
    expect(shadowText(two)).to.contain('サロン二');
  });

  it('plan viewers with different plans and languages', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <chiiki-plan-viewer id="a" lang="en" .data=${{ ...sakuraPlan, title: 'Plan A', translations: undefined }}></chiiki-plan-viewer>
      <chiiki-plan-viewer id="b" lang="ja" .data=${{ ...sakuraPlan, title: '計画B', translations: undefined }}></chiiki-plan-viewer>
    </div>`);
    const a = wrapper.querySelector('#a')!;
    const b = wrapper.querySelector('#b')!;
    await waitUntil(() => shadowText(a).includes('Plan A') && shadowText(b).includes('計画B'), 'both shown', { timeout: 5000 });
    expect(shadowText(a)).not.to.contain('計画B');
    expect(shadowText(b)).not.to.contain('Plan A');
  });
});

/** Counts what an element may leave behind: window/document listeners, pending timers, observers, workers. */
function leakCounter() {
  const listeners = new Map<string, number>();
  const timers = new Set<number>();
  const workers = new Set<Worker>();
  const observing = new Set<object>();
  const restore: (() => void)[] = [];
  const patch = <T extends object, K extends keyof T>(target: T, key: K, make: (original: T[K]) => T[K]) => {
    const original = target[key];
    target[key] = make(original);
    restore.push(() => (target[key] = original));
  };
  for (const [name, target] of [['window', window], ['document', document]] as const) {
    patch(target, 'addEventListener', (original) =>
      function (this: EventTarget, type: string, ...rest: unknown[]) {
        listeners.set(`${name}:${type}`, (listeners.get(`${name}:${type}`) ?? 0) + 1);
        return (original as (...a: unknown[]) => void).call(this, type, ...rest);
      } as never);
    patch(target, 'removeEventListener', (original) =>
      function (this: EventTarget, type: string, ...rest: unknown[]) {
        listeners.set(`${name}:${type}`, (listeners.get(`${name}:${type}`) ?? 0) - 1);
        return (original as (...a: unknown[]) => void).call(this, type, ...rest);
      } as never);
  }
  patch(window, 'setTimeout', (original) =>
    ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id: number = original(
        (...a: unknown[]) => {
          timers.delete(id);
          if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
        },
        ms,
        ...args,
      );
      timers.add(id);
      return id;
    }) as never);
  patch(window, 'clearTimeout', (original) =>
    ((id?: number) => {
      if (id !== undefined) timers.delete(id);
      return original(id);
    }) as never);
  patch(window, 'setInterval', (original) =>
    ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id = original(handler, ms, ...args);
      timers.add(id);
      return id;
    }) as never);
  patch(window, 'clearInterval', (original) =>
    ((id?: number) => {
      if (id !== undefined) timers.delete(id);
      return original(id);
    }) as never);
  const OriginalWorker = window.Worker;
  patch(window, 'Worker', () =>
    class extends OriginalWorker {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        workers.add(this);
      }
      override terminate(): void {
        workers.delete(this);
        super.terminate();
      }
    } as never);
  for (const Observer of [MutationObserver, ResizeObserver, IntersectionObserver]) {
    const proto = Observer.prototype as unknown as { observe: (...a: unknown[]) => void; disconnect: () => void };
    patch(proto, 'observe', (original) =>
      function (this: object, ...a: unknown[]) {
        observing.add(this);
        return original.apply(this, a);
      } as never);
    patch(proto, 'disconnect', (original) =>
      function (this: object) {
        observing.delete(this);
        return original.apply(this);
      } as never);
  }
  return {
    snapshot: () => ({
      listeners: [...listeners.entries()].filter(([, n]) => n !== 0),
      timers: timers.size,
      workers: workers.size,
      observers: observing.size,
    }),
    restore: () => restore.reverse().forEach((r) => r()),
  };
}

describe('lifecycle: 100 connect/disconnect cycles leave nothing behind', function () {
  this.timeout(120000);

  const cases: [string, () => HTMLElement][] = [
    [
      'salon finder',
      () => Object.assign(document.createElement('chiiki-salon-finder'), { data: [{ id: '1', name: 'サロン', lat: 32.88, lng: 130.86 }] }),
    ],
    ['plan viewer', () => Object.assign(document.createElement('chiiki-plan-viewer'), { data: sakuraPlan })],
    [
      'consultation badge',
      () => {
        const el = document.createElement('chiiki-consultation-badge');
        el.setAttribute('name', '窓口');
        el.setAttribute('hours', '月水金 10:00-12:00');
        return el;
      },
    ],
    [
      'support matcher (coordinator)',
      () =>
        Object.assign(document.createElement('chiiki-support-matcher'), {
          mode: 'coordinator',
          needs: [{ id: 'n', categories: ['shopping'], district: 'A' }],
          offers: [{ id: 'o', name: 'O', kind: 'group', categories: ['shopping'], district: 'A' }],
        }),
    ],
  ];

  for (const [name, make] of cases) {
    it(name, async () => {
      const host = document.createElement('div');
      document.body.append(host);
      // Warm up once (lazy chunks, shared singletons such as the i18n instance).
      const warm = make();
      host.append(warm);
      await tick(300);
      warm.remove();
      await tick(300);
      const counter = leakCounter();
      try {
        const before = counter.snapshot();
        const el = make();
        for (let i = 0; i < 100; i++) {
          host.append(el);
          if (i % 10 === 0) await tick(20);
          else await Promise.resolve();
          el.remove();
        }
        await tick(1000);
        const after = counter.snapshot();
        expect(after.listeners, 'window/document listeners added and not removed').to.deep.equal(before.listeners);
        expect(after.timers, 'pending timers').to.be.at.most(2);
        expect(after.workers, 'live workers').to.equal(0);
        expect(after.observers, 'observers still observing').to.equal(0);
      } finally {
        counter.restore();
        host.remove();
      }
    });
  }
});
