import { expect } from '@open-wc/testing';
import { matchSupport, haversineKm, type Need, type Offer } from '../src/engine/index.js';
import { bruteForce, randomInstance, referenceFlow, ruleViolations, rng } from './brute-force.js';

const at = (lat: number, lng: number) => ({ lat, lng });
const offer = (id: string, categories: string[], extra: Partial<Offer> = {}): Offer => ({ id, name: id, kind: 'group', categories, ...extra });
const need = (id: string, categories: string[], extra: Partial<Need> = {}): Need => ({ id, categories, ...extra });
const metres = (km: number) => Math.round(km * 1000);

describe('matchSupport: optimality against brute force', () => {
  it('equals the exhaustive optimum (count, then km) and obeys every rule on 600 random small instances', () => {
    for (let seed = 1; seed <= 600; seed++) {
      const { needs, offers, options } = randomInstance(seed);
      const result = matchSupport(needs, offers, options);
      const best = bruteForce(needs, offers, options);
      expect(ruleViolations(needs, offers, options, result), `seed ${seed}`).to.deep.equal([]);
      expect(result.stats.served, `served, seed ${seed}`).to.equal(best.served);
      expect(metres(result.stats.totalKm), `km, seed ${seed}`).to.equal(best.metres);
    }
  });

  it('equals an independent min-cost flow (Bellman–Ford) on 60 medium instances (up to 30 needs × 30 offers)', () => {
    for (let seed = 5000; seed < 5060; seed++) {
      const { needs, offers, options } = randomInstance(seed, 30);
      const result = matchSupport(needs, offers, options);
      const best = referenceFlow(needs, offers, options);
      expect(ruleViolations(needs, offers, options, result), `seed ${seed}`).to.deep.equal([]);
      expect([result.stats.served, metres(result.stats.totalKm)], `seed ${seed}`).to.deep.equal([best.served, best.metres]);
    }
  });

  it('equals the optimum on dense instances (every need may take every offer: the LAPJV path)', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const r = rng(seed * 7919);
      const needs: Need[] = [];
      const offers: Offer[] = [];
      const n = 1 + Math.floor(r() * 5);
      const m = 1 + Math.floor(r() * 4);
      for (let i = 0; i < n; i++) needs.push(need(`n${i}`, ['shopping'], at(33.4 + r() * 0.1, 130.6 + r() * 0.1)));
      for (let j = 0; j < m; j++) offers.push(offer(`o${j}`, ['shopping'], { ...at(33.4 + r() * 0.1, 130.6 + r() * 0.1), capacity: 1 + Math.floor(r() * 2) }));
      const result = matchSupport(needs, offers);
      const best = bruteForce(needs, offers);
      expect(ruleViolations(needs, offers, {}, result), `seed ${seed}`).to.deep.equal([]);
      expect([result.stats.served, metres(result.stats.totalKm)], `seed ${seed}`).to.deep.equal([best.served, best.metres]);
    }
  });

  it('the dense LAPJV path and the general path agree on larger dense instances (80 × 60, capacities 1–3)', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const r = rng(seed * 104729);
      const needs: Need[] = [];
      const offers: Offer[] = [];
      for (let i = 0; i < 80; i++) needs.push(need(`n${i}`, ['shopping'], at(32.85 + r() * 0.06, 130.83 + r() * 0.07)));
      for (let j = 0; j < 60; j++) offers.push(offer(`o${j}`, ['shopping'], { ...at(32.85 + r() * 0.06, 130.83 + r() * 0.07), capacity: 1 + Math.floor(r() * 3) }));
      const dense = matchSupport(needs, offers);
      // A finite limit no pair reaches keeps every pair allowed, and an offer of another category keeps
      // both LAPJV specialisations out: the general path (successive shortest paths) solves it.
      const general = matchSupport(needs, [...offers, offer('x', ['other'], at(32.9, 130.9))], { maxKm: 10_000 });
      expect(ruleViolations(needs, offers, {}, dense), `seed ${seed}`).to.deep.equal([]);
      expect([dense.stats.served, metres(dense.stats.totalKm)], `seed ${seed}`).to.deep.equal([general.stats.served, metres(general.stats.totalKm)]);
      expect(dense.stats.served).to.equal(80);
    }
  });

  it('equals the optimum with fixed and excluded pairs on 300 random instances', () => {
    let withPairs = 0;
    for (let seed = 1000; seed < 1300; seed++) {
      const { needs, offers, options } = randomInstance(seed);
      const r = rng(seed);
      // Fix one allowed pair found by a first solve; exclude another.
      const first = matchSupport(needs, offers, options);
      const fixed = first.matches.length && r() < 0.6 ? [first.matches[Math.floor(r() * first.matches.length)]] : [];
      const excludedPick = first.matches.filter((m) => !fixed.includes(m));
      const excluded = excludedPick.length ? [excludedPick[0]] : [];
      const opts = { ...options, fixed: fixed.map(({ needId, offerId, category }) => ({ needId, offerId, category })), excluded: excluded.map(({ needId, offerId, category }) => ({ needId, offerId, category })) };
      if (fixed.length || excluded.length) withPairs++;
      const result = matchSupport(needs, offers, opts);
      const best = bruteForce(needs, offers, opts);
      expect(ruleViolations(needs, offers, opts, result), `seed ${seed}`).to.deep.equal([]);
      for (const f of opts.fixed) expect(result.matches.some((m) => m.needId === f.needId && m.offerId === f.offerId && m.category === f.category)).to.equal(true);
      expect([result.stats.served, metres(result.stats.totalKm)], `seed ${seed}`).to.deep.equal([best.served, best.metres]);
    }
    expect(withPairs).to.be.greaterThan(100);
  });
});

describe('matchSupport: each rule on its own', () => {
  it('serves a category only from an offer that lists it', () => {
    const result = matchSupport([need('a', ['shopping', 'garbage'], at(33, 130))], [offer('x', ['shopping'], at(33, 130))]);
    expect(result.matches).to.deep.equal([{ needId: 'a', offerId: 'x', category: 'shopping', km: 0 }]);
    expect(result.unmatched).to.deep.equal([{ needId: 'a', category: 'garbage', reason: 'no-offer-in-category' }]);
  });

  it('serves each (need, category) pair at most once and caps an offer at its capacity (default 1)', () => {
    const needs = [need('a', ['shopping'], at(33, 130)), need('b', ['shopping'], at(33, 130.001))];
    expect(matchSupport(needs, [offer('x', ['shopping'], at(33, 130))]).stats.served).to.equal(1);
    const two = matchSupport(needs, [offer('x', ['shopping'], { ...at(33, 130), capacity: 2 }), offer('y', ['shopping'], at(33, 130))]);
    expect(two.stats.served).to.equal(2);
    const three = [need('c', ['shopping'], at(33, 130)), ...needs];
    expect(matchSupport(three, [offer('x', ['shopping'], { ...at(33, 130), capacity: 2 }), offer('y', ['shopping'], at(34, 130))], { maxKm: 5 }).matches.map((m) => m.offerId)).to.deep.equal(['x', 'x']);
    const none = matchSupport(needs, [offer('x', ['shopping'], { ...at(33, 130), capacity: 0 })]);
    expect(none.unmatched.map((u) => u.reason)).to.deep.equal(['capacity', 'capacity']);
  });

  it('measures great-circle distance with R = 6371 km, rounded to the metre', () => {
    const result = matchSupport([need('a', ['shopping'], at(33, 130))], [offer('x', ['shopping'], at(34, 130))]);
    expect(result.matches[0].km).to.equal(111.195);
    expect(haversineKm({ lat: 33, lng: 130 }, { lat: 34, lng: 130 })).to.be.closeTo((6371 * Math.PI) / 180, 1e-9);
  });

  it('matches by district at 0 km when either side has no coordinates, and only then', () => {
    const offers = [offer('x', ['garbage'], { district: '北町', ...at(33.5, 130.5) })];
    expect(matchSupport([need('a', ['garbage'], { district: '北町' })], offers).matches[0]).to.deep.include({ offerId: 'x', km: 0 });
    expect(matchSupport([need('a', ['garbage'], { district: '南町' })], offers).unmatched[0].reason).to.equal('distance');
    expect(matchSupport([need('a', ['garbage'], at(33.5, 130.5))], [offer('x', ['garbage'])]).unmatched[0].reason).to.equal('distance');
    expect(matchSupport([need('a', ['garbage'], { ...at(33, 130), district: '北町' })], [offer('x', ['garbage'], { district: '北町' })]).matches[0].km).to.equal(0);
  });

  it("applies the offer's maxKm first, else options.maxKm, else no limit", () => {
    const needs = [need('a', ['outing'], at(33, 130))];
    const far = at(33.05, 130); // 5.56 km
    expect(matchSupport(needs, [offer('x', ['outing'], far)]).stats.served).to.equal(1);
    expect(matchSupport(needs, [offer('x', ['outing'], far)], { maxKm: 5 }).unmatched[0].reason).to.equal('distance');
    expect(matchSupport(needs, [offer('x', ['outing'], { ...far, maxKm: 6 })], { maxKm: 5 }).stats.served).to.equal(1);
    expect(matchSupport(needs, [offer('x', ['outing'], { ...far, maxKm: 5 })], { maxKm: 50 }).stats.served).to.equal(0);
  });

  it('requires a shared day only when both sides list days', () => {
    const o = offer('x', ['shopping'], { ...at(33, 130), days: ['mon', 'wed'] });
    expect(matchSupport([need('a', ['shopping'], { ...at(33, 130), days: ['wed'] })], [o]).stats.served).to.equal(1);
    expect(matchSupport([need('a', ['shopping'], at(33, 130))], [o]).stats.served).to.equal(1);
    expect(matchSupport([need('a', ['shopping'], { ...at(33, 130), days: ['tue'] })], [o]).unmatched[0].reason).to.equal('days');
  });

  it('prefers more pairs to fewer km, then the fewest km', () => {
    // b is close to x, a is far; only a can use y. Greedy (nearest first) gives b→x and leaves a.
    const needs = [need('a', ['shopping'], at(33, 130)), need('b', ['shopping'], at(33.1, 130))];
    const offers = [offer('x', ['shopping'], at(33.1, 130)), offer('y', ['shopping'], { ...at(33, 130.01), maxKm: 1 })];
    const result = matchSupport(needs, offers);
    expect(result.stats.served).to.equal(2);
    expect(result.matches.map((m) => `${m.needId}${m.offerId}`)).to.deep.equal(['ay', 'bx']);
    // With one offer and two needs, the nearer need wins.
    const one = matchSupport([need('far', ['garbage'], at(33, 130)), need('near', ['garbage'], at(33.1, 130))], [offer('x', ['garbage'], at(33.1, 130))]);
    expect(one.matches).to.deep.equal([{ needId: 'near', offerId: 'x', category: 'garbage', km: 0 }]);
    expect(one.unmatched).to.deep.equal([{ needId: 'far', category: 'garbage', reason: 'capacity' }]);
  });

  it('gives the first reason that applies: no-offer-in-category, days, distance, capacity', () => {
    const offers = [
      offer('mon-far', ['shopping'], { ...at(34, 130), days: ['mon'] }),
      offer('tue-near', ['shopping'], { ...at(33, 130), days: ['tue'], maxKm: 1 }),
    ];
    expect(matchSupport([need('a', ['shopping'], { ...at(33, 130), days: ['sun'] })], offers).unmatched[0].reason).to.equal('days');
    expect(matchSupport([need('a', ['shopping'], { ...at(33.5, 130), days: ['tue'] })], offers).unmatched[0].reason).to.equal('distance');
    expect(matchSupport([need('a', ['shopping', 'other'], at(33, 130))], offers, { maxKm: 1 }).unmatched.map((u) => u.reason)).to.deep.equal(['no-offer-in-category']);
  });

  it('always gives the same output for the same input', () => {
    const { needs, offers } = randomInstance(42);
    const copies = [0, 1, 2].map(() => matchSupport(structuredClone(needs), structuredClone(offers), { maxKm: 3 }));
    expect(copies[1]).to.deep.equal(copies[0]);
    expect(copies[2]).to.deep.equal(copies[0]);
    // Equal optima are resolved the same way every time.
    const tie = () => matchSupport([need('a', ['garbage'], at(33, 130)), need('b', ['garbage'], at(33, 130))], [offer('x', ['garbage'], at(33, 130)), offer('y', ['garbage'], at(33, 130))]);
    expect(tie()).to.deep.equal(tie());
  });
});

describe('matchSupport: fixed and excluded pairs', () => {
  const needs = [need('a', ['garbage'], at(33, 130)), need('b', ['garbage'], at(33.01, 130))];
  const offers = [offer('x', ['garbage'], at(33, 130)), offer('y', ['garbage'], at(33.01, 130))];

  it('keeps a valid fixed pair even when it costs more km, and solves the rest', () => {
    const result = matchSupport(needs, offers, { fixed: [{ needId: 'a', offerId: 'y', category: 'garbage' }] });
    expect(result.matches.map((m) => `${m.needId}${m.offerId}`)).to.deep.equal(['ay', 'bx']);
    expect(result.problems).to.deep.equal([]);
  });

  it('reports an invalid fixed pair as a problem and ignores it', () => {
    const result = matchSupport(needs, offers, { fixed: [{ needId: 'a', offerId: 'nobody', category: 'garbage' }, { needId: 'a', offerId: 'x', category: 'outing' }] });
    expect(result.problems.map((p) => [p.list, p.row, p.field, p.severity])).to.deep.equal([
      ['fixed', 1, 'offerId', 'error'],
      ['fixed', 2, 'category', 'error'],
    ]);
    expect(result.stats.served).to.equal(2);
  });

  it('never makes an excluded pair; one of the four reasons of §5, flagged when the exclusion alone left it unserved', () => {
    const result = matchSupport(needs, offers, { excluded: [{ needId: 'a', offerId: 'x', category: 'garbage' }] });
    expect(result.matches.map((m) => `${m.needId}${m.offerId}`)).to.deep.equal(['ay', 'bx']);
    const alone = matchSupport([needs[0]], [offers[0]], { excluded: [{ needId: 'a', offerId: 'x', category: 'garbage' }] });
    expect(alone.unmatched).to.deep.equal([{ needId: 'a', category: 'garbage', reason: 'capacity', excluded: true }]);
    // Full without any exclusion: plain `capacity`, no flag.
    const full = matchSupport(needs, [offers[0]]);
    expect(full.unmatched).to.deep.equal([{ needId: 'b', category: 'garbage', reason: 'capacity' }]);
  });
});

describe('matchSupport: problems, never thrown', () => {
  it('reports invalid records with row, field, reason, value and severity', () => {
    const result = matchSupport(
      [null, { id: 'a' }, { id: 'b', categories: '買い物の手伝い・宇宙旅行', lat: 130.5, lng: 33.2 }, { id: 'b', categories: ['garbage'], district: '北町' }],
      [{ id: 'x', name: 'X', categories: ['shopping'], capacity: -1, lat: 0, lng: 0, kind: '???' }],
    );
    expect(result.problems).to.deep.equal([
      { list: 'needs', row: 1, field: '', reason: 'invalid-record', value: null, severity: 'error' },
      { list: 'needs', row: 2, field: 'categories', reason: 'required', value: null, severity: 'error' },
      { list: 'needs', row: 3, field: 'categories', reason: 'unknown-code', value: '宇宙旅行', severity: 'warning' },
      { list: 'needs', row: 3, field: 'lat', reason: 'coordinates-swapped', value: [130.5, 33.2], severity: 'warning' },
      { list: 'needs', row: 4, field: 'id', reason: 'duplicate-id', value: 'b', severity: 'warning' },
      { list: 'offers', row: 1, field: 'kind', reason: 'invalid-value', value: '???', severity: 'warning' },
      { list: 'offers', row: 1, field: 'lat', reason: 'coordinates-placeholder', value: [0, 0], severity: 'warning' },
      { list: 'offers', row: 1, field: 'capacity', reason: 'invalid-value', value: -1, severity: 'warning' },
    ]);
    expect(result.stats.total).to.equal(3); // b: shopping + 宇宙旅行 (kept as text), b-2: garbage
    expect(result.matches).to.deep.equal([]);
  });

  it('gives one problem per (row, field): several unknown codes in one cell are listed in one value', () => {
    const result = matchSupport(
      [{ id: 'a', categories: ['宇宙旅行', 'shopping', '時間旅行', '宇宙旅行'], district: '北町', days: ['mon', 'someday', 'never'] }],
      [{ id: 'x', name: 'X', categories: 'shopping、魔法・錬金術', district: '北町' }],
    );
    expect(result.problems).to.deep.equal([
      { list: 'needs', row: 1, field: 'categories', reason: 'unknown-code', value: '宇宙旅行、時間旅行', severity: 'warning' },
      { list: 'needs', row: 1, field: 'days', reason: 'unknown-code', value: ['mon', 'someday', 'never'], severity: 'warning' },
      { list: 'offers', row: 1, field: 'categories', reason: 'unknown-code', value: '魔法、錬金術', severity: 'warning' },
    ]);
    const keys = result.problems.map((p) => `${p.list}/${p.row}/${p.field}`);
    expect(new Set(keys).size).to.equal(keys.length);
  });

  it('never throws on garbage input', () => {
    for (const bad of [undefined, null, 'text', 42, {}, [1, 'a', [], {}]]) {
      expect(() => matchSupport(bad, bad, { fixed: [null as never], excluded: ['x' as never] })).not.to.throw();
    }
    expect(matchSupport('text', null).problems[0]).to.deep.include({ list: 'needs', row: 0, reason: 'invalid-type' });
  });

  it('reads CSV-like rows: Japanese headers, labels and separators', () => {
    const result = matchSupport(
      [{ 番号: 'N1', 支援してほしいこと: 'ごみ出しの手伝い、日常的な話し相手', 地区: '北町', 曜日: '月・水' }],
      [{ 番号: 'O1', 名称: '北町見守り隊', 種別: '団体', 支援できること: 'ごみ出し;話し相手', 地区: '北町', 曜日: '水曜日', 定員: '2' }],
    );
    expect(result.problems).to.deep.equal([]);
    expect(result.matches.map((m) => m.category)).to.deep.equal(['garbage', 'conversation']);
  });
});

describe('matchSupport: canonical-key records (fast path) read as the general path', () => {
  // Records whose keys are all canonical field names skip the alias scan; one extra unknown key
  // (`_row`) sends the same record through the general path. Both must give the same result.
  const messy = (r: () => number, i: number, kind: 'need' | 'offer'): Record<string, unknown> => {
    const pickOf = <T>(list: T[]) => list[Math.floor(r() * list.length)];
    const rec: Record<string, unknown> = {};
    if (r() < 0.9) rec.id = pickOf([`${kind}${i}`, ` ${kind}${i} `, `${kind}${i % 3}`, '', 7 + i]);
    if (r() < 0.95) rec.categories = pickOf([['shopping'], ['shopping', 'garbage'], '買い物、ごみ出し', ['宇宙旅行'], [], 'shopping;;話し相手', ['ｓｈｏｐｐｉｎｇ', 'garbage']]);
    if (r() < 0.85) {
      rec.lat = pickOf([33.4 + r() * 0.05, '33.41', 130.62, 0, 'x', undefined]);
      rec.lng = pickOf([130.6 + r() * 0.05, '130.61', 33.42, 999, null]);
    }
    if (r() < 0.5) rec.district = pickOf(['北', '南', ' 東 ', '']);
    if (r() < 0.4) rec.days = pickOf([['mon', 'tue'], '土・日', ['宇宙曜'], 'wed']);
    if (kind === 'offer') {
      if (r() < 0.8) rec.name = pickOf([`o${i}`, '', 'グループ']);
      if (r() < 0.5) rec.kind = pickOf(['group', 'サロン', 'alien', '']);
      if (r() < 0.5) rec.capacity = pickOf([1, 2, '3', -1, 1.5, 0]);
      if (r() < 0.3) rec.maxKm = pickOf([1, '2km', 'far', 0.5]);
      if (r() < 0.3) rec.contact = { channel: '社協', phone: '0940-00-0000' };
      if (r() < 0.2) rec.channel = '窓口';
    } else if (r() < 0.3) rec.note = pickOf(['メモ', ' ']);
    return rec;
  };

  it('gives identical matches, unmatched reasons and problems on 200 random inputs with invalid records', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const r = rng(seed);
      const needs: unknown[] = Array.from({ length: 1 + Math.floor(r() * 8) }, (_, i) => (r() < 0.05 ? pickBad(r) : messy(r, i, 'need')));
      const offers: unknown[] = Array.from({ length: Math.floor(r() * 6) }, (_, i) => (r() < 0.05 ? pickBad(r) : messy(r, i, 'offer')));
      const options = r() < 0.5 ? { maxKm: 2 } : {};
      const general = (list: unknown[]) => list.map((x) => (x && typeof x === 'object' && !Array.isArray(x) ? { ...x, _row: 1 } : x));
      const fast = matchSupport(needs, offers, options);
      const slow = matchSupport(general(needs), general(offers), options);
      expect(fast, `seed ${seed}`).to.deep.equal(slow);
    }
  });

  function pickBad(r: () => number): unknown {
    return [null, 5, 'text', [1, 2]][Math.floor(r() * 4)];
  }
});
