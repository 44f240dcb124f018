#!/usr/bin/env node
/**
 * Fictional needs (支援してほしいこと) and offers (支援できること) for さくら町, for the support matcher's
 * demo, stories, tests and benchmarks. Deterministic: the same options give the same data.
 *
 * The category mix mirrors the resident survey of seed 004 (小郡市): 安否確認の声かけ and 災害時の手助け are
 * high on both sides; ごみ出しの手伝い and 日常的な話し相手 have more offers than needs; 急病になった時の看病
 * and 介護を必要とする人の短時間の預かり have far fewer offers than needs (the gap the matcher makes visible).
 *
 *   node scripts/generate-matching.mjs --needs 5000 --offers 5000 --per 3 --out /tmp/matching
 *   node scripts/generate-matching.mjs --needs 40 --offers 30 --csv --out demo/data/matching
 *
 * Options: --needs N, --offers N, --per K (exactly K categories each; default 1–3), --seed S,
 * --out DIR (default: print JSON to stdout), --csv (also write CSV as Excel saves it: UTF-8 BOM, CRLF).
 * Large outputs are for local runs only: do not commit them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CATEGORIES = [
  'safety-check', 'consultation', 'childcare', 'study-support', 'shopping', 'housework', 'outing',
  'garbage', 'sick-care', 'care-respite', 'disaster', 'conversation', 'other',
];
const LABELS = {
  'safety-check': '安否確認の声かけ', consultation: '心配ごとなどの相談相手', childcare: '子どもの短時間の預かり',
  'study-support': '子どもの学習支援', shopping: '買い物の手伝い', housework: '家事の手伝い', outing: '外出の手伝い',
  garbage: 'ごみ出しの手伝い', 'sick-care': '急病になった時の看病', 'care-respite': '介護を必要とする人の短時間の預かり',
  disaster: '災害時の手助け', conversation: '日常的な話し相手', other: 'その他',
};
/** Relative weights per category (survey-like shares, in the order of CATEGORIES). */
const NEED_WEIGHTS = [30, 18, 6, 5, 14, 10, 12, 9, 16, 8, 32, 8, 2];
const OFFER_WEIGHTS = [34, 10, 5, 6, 12, 6, 8, 20, 4, 3, 30, 22, 2];
const DAY_CODES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_JA = ['月', '火', '水', '木', '金', '土', '日'];

/** さくら町's districts (fictional names; placed around the centre of 大津町, Kumamoto). */
export const DISTRICTS = [
  { name: '中央', lat: 32.8790, lng: 130.8680 },
  { name: '北町', lat: 32.8985, lng: 130.8640 },
  { name: '南ヶ丘', lat: 32.8600, lng: 130.8720 },
  { name: '東原', lat: 32.8820, lng: 130.8950 },
  { name: '西山', lat: 32.8760, lng: 130.8400 },
  { name: '川沿', lat: 32.8680, lng: 130.8530 },
];

export const SHAKYO = { channel: 'さくら町社会福祉協議会', phone: '096-000-0000', url: 'https://example.jp/sakura-shakyo/' };
export const COORDINATOR = { channel: '生活支援コーディネーター（さくら町社協）', phone: '096-000-0001' };

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GROUP_NAMES = ['見守り隊', 'たすけあいの会', 'ごみ出し応援団', 'おしゃべりサロン', '防災クラブ', '子育てひろば', '学習ひろば', '買い物支援の会', 'お出かけ応援隊'];
const SERVICE_NAMES = ['さくら町社協 有償ボランティア「さくらサポート」', 'ファミリー・サポート・センター', '移動販売「さくら号」', 'シルバー人材センター 家事援助', '地域包括支援センター', 'ふれあい配食サービス'];

/**
 * @param {{ needs?: number, offers?: number, per?: number, seed?: number }} options
 * @returns {{ needs: object[], offers: object[] }}
 */
export function generateMatching({ needs = 40, offers = 30, per, seed = 1 } = {}) {
  const r = rng(seed);
  // Larger inputs stand for a larger municipality: the districts spread out (5,000 needs: a city
  // about 20 km across instead of a 6 km town), so the density of people per km² stays realistic.
  const scale = Math.max(1, Math.sqrt(Math.max(needs, offers) / 500));
  const centre = DISTRICTS[0];
  const districtAt = (d) => ({ name: d.name, lat: centre.lat + (d.lat - centre.lat) * scale, lng: centre.lng + (d.lng - centre.lng) * scale });
  const gauss = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const weighted = (weights) => {
    const sum = weights.reduce((a, b) => a + b, 0);
    let x = r() * sum;
    for (let i = 0; i < weights.length; i++) if ((x -= weights[i]) < 0) return i;
    return weights.length - 1;
  };
  const categoriesFrom = (weights) => {
    const k = per ?? 1 + Math.floor(r() * r() * 3);
    const out = new Set();
    while (out.size < Math.min(k, CATEGORIES.length)) out.add(CATEGORIES[weighted(weights)]);
    return CATEGORIES.filter((c) => out.has(c));
  };
  const place = (district, spread) => {
    const d = districtAt(district);
    return {
      lat: Math.round((d.lat + (gauss() * spread * scale) / 111) * 1e5) / 1e5,
      lng: Math.round((d.lng + (gauss() * spread * scale) / 93) * 1e5) / 1e5,
    };
  };
  const days = (p) => (r() < p ? DAY_CODES.filter(() => r() < 0.45) : []);

  const needList = [];
  for (let i = 0; i < needs; i++) {
    const d = DISTRICTS[Math.floor(r() * DISTRICTS.length)];
    const need = { id: `N${String(i + 1).padStart(4, '0')}`, categories: categoriesFrom(NEED_WEIGHTS), district: d.name };
    // Most needs are located (address geocoded by 社協 staff); some have only their district.
    if (r() < 0.85) Object.assign(need, place(d, 0.9));
    const dd = days(0.3);
    if (dd.length) need.days = dd;
    needList.push(need);
  }

  const offerList = [];
  for (let i = 0; i < offers; i++) {
    const d = DISTRICTS[Math.floor(r() * DISTRICTS.length)];
    const x = r();
    const kind = x < 0.55 ? 'volunteer' : x < 0.75 ? 'group' : x < 0.9 ? 'service' : 'salon';
    const id = `O${String(i + 1).padStart(4, '0')}`;
    const offer = { id, kind, categories: categoriesFrom(OFFER_WEIGHTS), district: d.name, ...place(d, 0.8) };
    if (kind === 'volunteer') {
      // A volunteer is known to residents only through 社協.
      Object.assign(offer, { name: `登録ボランティア ${id}（${d.name}）`, capacity: 1 + Math.floor(r() * 2), maxKm: 1.5 + Math.floor(r() * 4) / 2, contact: { ...SHAKYO } });
    } else if (kind === 'group') {
      Object.assign(offer, { name: `${d.name}${GROUP_NAMES[Math.floor(r() * GROUP_NAMES.length)]}`, capacity: 3 + Math.floor(r() * 4), maxKm: 3, contact: { ...COORDINATOR } });
    } else if (kind === 'service') {
      Object.assign(offer, { name: SERVICE_NAMES[Math.floor(r() * SERVICE_NAMES.length)] + (i > SERVICE_NAMES.length ? `（${d.name}）` : ''), capacity: 5 + Math.floor(r() * 6), contact: { ...SHAKYO } });
    } else {
      const name = `${d.name}ふれあいサロン`;
      Object.assign(offer, { name, capacity: 4 + Math.floor(r() * 5), maxKm: 2, contact: { channel: name, phone: SHAKYO.phone } });
    }
    const dd = days(0.4);
    if (dd.length) offer.days = dd;
    offerList.push(offer);
  }
  return { needs: needList, offers: offerList };
}

const csvCell = (v) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const ja = (codes, labels) => (codes ?? []).map((c) => labels(c)).join('・');

/** Needs as a CSV with Japanese headers and labels, the way a 社協 spreadsheet looks. */
export function needsCsv(needs) {
  const lines = [['番号', '支援してほしいこと', '地区', '緯度', '経度', '曜日', '備考']];
  for (const n of needs) lines.push([n.id, ja(n.categories, (c) => LABELS[c]), n.district, n.lat, n.lng, ja(n.days, (d) => DAY_JA[DAY_CODES.indexOf(d)]), n.note]);
  return '\uFEFF' + lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Offers as a CSV with Japanese headers and labels. */
export function offersCsv(offers) {
  const KIND = { volunteer: 'ボランティア', group: '団体', service: 'サービス', salon: 'サロン' };
  const lines = [['番号', '名称', '種別', '支援できること', '地区', '緯度', '経度', '曜日', '定員', '範囲km', '窓口', '窓口電話']];
  for (const o of offers)
    lines.push([o.id, o.name, KIND[o.kind], ja(o.categories, (c) => LABELS[c]), o.district, o.lat, o.lng, ja(o.days, (d) => DAY_JA[DAY_CODES.indexOf(d)]), o.capacity, o.maxKm, o.contact?.channel, o.contact?.phone]);
  return '\uFEFF' + lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv[1].endsWith('generate-matching.mjs')) {
  const args = process.argv.slice(2);
  const arg = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const data = generateMatching({
    needs: Number(arg('needs', 40)),
    offers: Number(arg('offers', 30)),
    per: arg('per') ? Number(arg('per')) : undefined,
    seed: Number(arg('seed', 1)),
  });
  const out = arg('out');
  if (!out) process.stdout.write(JSON.stringify(data));
  else {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'needs.json'), JSON.stringify(data.needs, null, 1) + '\n');
    writeFileSync(join(out, 'offers.json'), JSON.stringify(data.offers, null, 1) + '\n');
    if (args.includes('--csv')) {
      writeFileSync(join(out, 'needs.csv'), needsCsv(data.needs));
      writeFileSync(join(out, 'offers.csv'), offersCsv(data.offers));
    }
    console.log(`wrote ${data.needs.length} needs and ${data.offers.length} offers to ${out}`);
  }
}
