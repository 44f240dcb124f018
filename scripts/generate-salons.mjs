#!/usr/bin/env node
/**
 * Sample salon data (fictional) around 大津町, 熊本県 (town centre ≈ 32.879, 130.868), generated
 * deterministically (seeded PRNG), published the ways real open data is:
 *   demo/data/salons/salons.json          our JSON model (PRODUCT.md §3)
 *   demo/data/salons/salons.geojson       GeoJSON FeatureCollection (properties = the model)
 *   demo/data/salons/tsuinoba-mhlw.csv    厚生労働省 通いの場 open data, 38 columns, Shift_JIS, CRLF
 *   demo/data/salons/koukyou-shisetsu.csv デジタル庁 自治体標準 公共施設一覧 (legacy headers + the extension
 *                                         columns 地区, 開催ルール, 休止), UTF-8 with BOM; closed salons left out
 *   demo/data/salons/salons-defects.json  a realistic mix of defects for the error demo
 *   demo/data/salons/tiles/tile.svg       a neutral map tile for offline demos and tests
 *
 * Benchmarks: `node scripts/generate-salons.mjs --count 150000` writes synthetic salons across
 * Japan to .cache/salons/salons-150000.json (git-ignored; never commit large files).
 * Shift_JIS bytes come from scripts/shift-jis.mjs (Node has no Shift_JIS encoder).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createShiftJisEncoder } from './shift-jis.mjs';
import { AUDIENCE_JA, MHLW_HEADERS } from './mhlw-columns.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const countArg = args.includes('--count') ? Number(args[args.indexOf('--count') + 1]) : 0;
const outArg = args.includes('--out') ? args[args.indexOf('--out') + 1] : '';

/** mulberry32: small, fast, deterministic. */
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
const random = rng(20261125);
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
const round = (n, d = 6) => Number(n.toFixed(d));

function csvLine(values) {
  return values
    .map((v) => {
      const s = v === undefined || v === null ? '' : String(v);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}

// ---------------------------------------------------------------------------------------------
// 大津町: districts (real 大字 names), fictional salons.
const TOWN = { pref: '熊本県', prefCode: '43', city: '大津町', cityFull: '菊池郡大津町', code: '434043' };
const DISTRICTS = [
  ['大津', 'おおづ', 32.8795, 130.8665],
  ['室', 'むろ', 32.8858, 130.8553],
  ['引水', 'ひきみず', 32.8764, 130.8478],
  ['杉水', 'すぎみず', 32.8931, 130.8732],
  ['陣内', 'じんない', 32.8688, 130.8541],
  ['森', 'もり', 32.8712, 130.8876],
  ['矢護川', 'やごがわ', 32.9102, 130.8995],
  ['瀬田', 'せた', 32.8664, 130.9121],
  ['真木', 'まき', 32.9001, 130.8508],
  ['平川', 'ひらかわ', 32.8922, 130.9062],
  ['岩坂', 'いわさか', 32.9065, 130.8687],
  ['吹田', 'ふきだ', 32.8611, 130.8799],
  ['外牧', 'ほかまき', 32.8857, 130.9283],
  ['錦野', 'にしきの', 32.8829, 130.8389],
  ['美咲野', 'みさきの', 32.8973, 130.8324],
  ['大林', 'おおばやし', 32.8754, 130.8961],
];
const KINDS = [
  { name: (d) => `${d}ふれあいいきいきサロン`, kana: (k) => `${k}ふれあいいきいきさろん`, audiences: ['elderly'], activities: ['exercise', 'tea', 'games'] },
  { name: (d) => `${d}いきいき百歳体操`, kana: (k) => `${k}いきいきひゃくさいたいそう`, audiences: ['elderly'], activities: ['exercise', 'health'] },
  { name: (d) => `${d}茶話会`, kana: (k) => `${k}さわかい`, audiences: ['elderly'], activities: ['tea'] },
  { name: (d) => `オレンジカフェ${d}`, kana: (k) => `おれんじかふぇ${k}`, audiences: ['elderly', 'everyone'], activities: ['tea', 'study'] },
  { name: (d) => `${d}子育てサロン ひだまり`, kana: (k) => `${k}こそだてさろん ひだまり`, audiences: ['parenting', 'children'], activities: ['hobby', 'tea'] },
  { name: (d) => `${d}地域食堂`, kana: (k) => `${k}ちいきしょくどう`, audiences: ['multigenerational', 'everyone'], activities: ['meal'] },
  { name: (d) => `${d}歌声サロン`, kana: (k) => `${k}うたごえさろん`, audiences: ['elderly'], activities: ['music', 'tea'] },
  { name: (d) => `${d}男の料理教室`, kana: (k) => `${k}おとこのりょうりきょうしつ`, audiences: ['elderly'], activities: ['meal', 'study'] },
  { name: (d) => `${d}手芸の会`, kana: (k) => `${k}しゅげいのかい`, audiences: ['elderly', 'everyone'], activities: ['hobby'] },
  { name: (d) => `${d}ほっとサロン`, kana: (k) => `${k}ほっとさろん`, audiences: ['disability', 'everyone'], activities: ['tea', 'games'] },
];
const WEEKDAY = [
  ['SU', '日'],
  ['MO', '月'],
  ['TU', '火'],
  ['WE', '水'],
  ['TH', '木'],
  ['FR', '金'],
  ['SA', '土'],
];
const TIMES = [
  ['10:00', '11:30'],
  ['10:00', '12:00'],
  ['13:30', '15:30'],
  ['9:30', '11:00'],
  ['14:00', '16:00'],
];
const ORGS = ['大津町社会福祉協議会', '老人クラブ', '民生委員・児童委員', '地区ボランティアの会', 'NPO法人 おおづ結の会'];
const ACCESS = ['段差なし', '車いす用トイレ', '駐車場あり', '手すりあり', '椅子席あり'];
const TOPICS = ['care', 'living', 'health', 'isolation', 'childcare', 'disability'];

const pad = (n, w = 2) => String(n).padStart(w, '0');
const hhmm = (t) => (t.length === 4 ? `0${t}` : t);

function makeSchedule(i) {
  const [start, end] = TIMES[i % TIMES.length].map(hhmm);
  const day = WEEKDAY[1 + (i % 5)];
  const nth = 1 + (i % 4);
  const variant = i % 7;
  const closures = [{ from: '12-29', to: '01-03' }];
  if (variant === 0) return { rrule: `FREQ=WEEKLY;BYDAY=${day[0]}`, text: `毎週${day[1]}曜日 ${start}〜${end}`, start, end, skipHolidays: true, closures };
  if (variant === 1 || variant === 4) return { rrule: `FREQ=MONTHLY;BYDAY=${nth}${day[0]}`, text: `毎月第${nth}${day[1]}曜日 ${start}〜${end}`, start, end, skipHolidays: true, closures };
  if (variant === 2) {
    const other = nth === 1 ? 3 : nth === 2 ? 4 : nth === 3 ? 1 : 2;
    const [a, b] = [nth, other].sort();
    return { rrule: `FREQ=MONTHLY;BYDAY=${a}${day[0]},${b}${day[0]}`, text: `毎月第${a}・第${b}${day[1]}曜日 ${start}〜${end}`, start, end, skipHolidays: true, closures };
  }
  if (variant === 3) {
    const dom = [5, 10, 15, 20, 25][i % 5];
    return { rrule: `FREQ=MONTHLY;BYMONTHDAY=${dom}`, text: `毎月${dom}日 ${start}〜${end}`, start, end, skipHolidays: false, closures };
  }
  const second = day[0] === 'FR' ? WEEKDAY[2] : WEEKDAY[5];
  if (variant === 5) return { rrule: `FREQ=WEEKLY;BYDAY=${[day, second].sort((a, b) => WEEKDAY.indexOf(a) - WEEKDAY.indexOf(b)).map((d) => d[0]).join(',')}`, text: `毎週${[day, second].sort((a, b) => WEEKDAY.indexOf(a) - WEEKDAY.indexOf(b)).map((d) => d[1]).join('・')}曜日 ${start}〜${end}`, start, end, skipHolidays: true, closures: [...closures, { from: '08-13', to: '08-16' }] };
  // variant 6: the published text only, with no rule a program can trust.
  return { text: '不定期（公民館だよりでお知らせします）', start, end };
}

function makeSalons(count) {
  const salons = [];
  for (let i = 0; i < count; i++) {
    const [district, districtKana, dLat, dLng] = DISTRICTS[i % DISTRICTS.length];
    const kind = KINDS[(i * 7 + Math.floor(i / DISTRICTS.length)) % KINDS.length];
    const no = i + 1;
    const venue = pick([`${district}公民館`, `${district}地区集会所`, `${district}区民センター`, '大津町老人福祉センター', `${district}コミュニティセンター`]);
    const schedule = makeSchedule(i);
    const status = i % 11 === 5 ? 'paused' : i % 29 === 17 ? 'closed' : 'active';
    const amount = pick([0, 0, 100, 100, 200, 300, 500]);
    const salon = {
      id: `${TOWN.code}-${pad(no, 3)}`,
      name: kind.name(district),
      nameKana: kind.kana(districtKana),
      lat: round(dLat + (random() - 0.5) * 0.012),
      lng: round(dLng + (random() - 0.5) * 0.012),
      address: `${TOWN.pref}${TOWN.cityFull}大字${district}${int(100, 3999)}番地${chance(0.4) ? `${int(1, 9)}` : ''}`,
      venue,
      district,
      status,
      schedule,
      audiences: kind.audiences,
      activities: kind.activities,
      activitiesText: kind.activities.map((a) => ({ exercise: '体操', tea: '茶話会', games: 'ゲーム', health: '健康チェック', study: '講話', hobby: '手芸・趣味', meal: '会食', music: '歌', outing: '散歩', other: 'その他' })[a]).join('、'),
      fee: amount === 0 ? { amount: 0, text: '無料' } : { amount, text: `${amount}円（お茶代・材料費）` },
      capacity: pick([10, 15, 20, 20, 25, 30, 40]),
      reservation: chance(0.2),
      newcomersWelcome: chance(0.85),
      transport: chance(0.2),
      accessibility: ACCESS.filter(() => chance(0.4)),
      contact: { phone: `096-000-${pad(1000 + no * 7, 4)}`, organization: `${district}${pick(ORGS)}` },
      updated: `2026-${pad(int(4, 10))}-${pad(int(1, 28))}`,
    };
    if (!salon.accessibility.length) delete salon.accessibility;
    if (i % 6 === 2) {
      salon.consultation = {
        topics: TOPICS.filter((_, k) => (i + k) % 3 === 0),
        hours: `${salon.schedule.start ?? '10:00'}-${salon.schedule.end ?? '12:00'}`,
        referTo: '大津町地域包括支援センター',
        phone: '096-000-0100',
      };
    }
    salons.push(salon);
  }
  return salons;
}

// ---------------------------------------------------------------------------------------------
// MHLW 通いの場 (38 columns).

function mhlwRow(s, no) {
  const sch = s.schedule ?? {};
  const weekday = !!sch.rrule && !/BYDAY=[^;]*(SA|SU)/.test(sch.rrule);
  const other = [sch.text, s.newcomersWelcome ? '初めての方も歓迎します' : '', s.reservation ? '要予約' : ''].filter(Boolean).join('（改行）');
  return [
    no, TOWN.prefCode, TOWN.pref, TOWN.code, TOWN.city, sch.rrule ? '' : sch.text ?? '', s.nameKana, s.name,
    `869-12${pad(10 + (no % 30))}`, s.address.replace(`${TOWN.pref}`, `${TOWN.pref}`), s.venue, s.contact.phone,
    (s.audiences ?? []).map((a) => AUDIENCE_JA[a]).join('、'), s.activitiesText,
    weekday ? sch.start ?? '' : '', weekday ? sch.end ?? '' : '', '', '', '', '', '', '',
    sch.closures?.length ? '年末年始' + (sch.skipHolidays ? '、祝日' : '') : '', s.capacity, s.fee?.text ?? '',
    (s.activities ?? []).includes('meal') ? 1 : 0, 1, s.transport ? 1 : 0, s.district, 0, other,
    0, '', '', s.contact.organization, s.status === 'paused' ? '休止中' : s.status === 'closed' ? '廃止' : '活動中', s.lat ?? '', s.lng ?? '',
  ];
}

// 自治体標準オープンデータセット 公共施設一覧 (legacy header generation).
const ODS_HEADERS = [
  '都道府県コード又は市区町村コード', 'NO', '都道府県名', '市区町村名', '名称', '名称_カナ', '名称_通称', 'POIコード', '住所', '方書',
  '緯度', '経度', '電話番号', '内線番号', '法人番号', '団体名', '利用可能曜日', '開始時間', '終了時間', '利用可能日時特記事項', '説明',
  'バリアフリー情報', 'URL', '備考',
  // Extension columns of PRODUCT.md §3 that a municipality adds to the standard layout.
  '地区', '開催ルール', '休止',
];
const toKatakana = (s) => s.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));

function odsRow(s, no) {
  const sch = s.schedule ?? {};
  const byday = /BYDAY=([^;]+)/.exec(sch.rrule ?? '')?.[1] ?? '';
  const days = [...byday.matchAll(/(MO|TU|WE|TH|FR|SA|SU)/g)].map((m) => WEEKDAY.find((w) => w[0] === m[1])[1]);
  return [
    TOWN.code, no, TOWN.pref, TOWN.city, s.name, toKatakana(s.nameKana), '', '', s.address, s.venue, s.lat ?? '', s.lng ?? '', s.contact.phone, '', '',
    s.contact.organization, [...new Set(days)].join(''), sch.start ?? '', sch.end ?? '', sch.text ?? '', s.activitiesText, (s.accessibility ?? []).join('、'), '',
    s.status === 'paused' ? '休止中' : '', s.district, sch.rrule ?? '', s.status === 'paused' ? 1 : 0,
  ];
}

function defects(salons) {
  const base = (i) => structuredClone(salons[i]);
  const list = [base(0), base(1), base(2)];
  const missingName = base(3);
  delete missingName.name; // rejected: a salon without a name
  const swapped = base(4);
  [swapped.lat, swapped.lng] = [swapped.lng, swapped.lat]; // fixed, with a warning
  const placeholder = base(5);
  placeholder.lat = 999; // listed without a pin
  placeholder.lng = 999;
  const unknownCodes = base(6);
  unknownCodes.audiences = ['elderly', 'seniors-only'];
  unknownCodes.activities = ['tea', 'karaoke'];
  const unparsed = base(7);
  unparsed.schedule = { text: '天気のよい日の午前中（世話人から連絡します）' };
  const duplicate = base(8);
  duplicate.id = salons[0].id; // the same id as the first record
  const zero = base(9);
  zero.lat = 0;
  zero.lng = 0;
  const outside = base(10);
  outside.lat = 51.5;
  outside.lng = -0.12;
  const emptyName = base(11);
  emptyName.name = '   ';
  return [...list, missingName, swapped, placeholder, unknownCodes, unparsed, duplicate, zero, outside, emptyName];
}

const TILE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
<rect width="256" height="256" fill="#eef1ee"/>
<path d="M0 128H256M128 0V256" stroke="#d7ddd7" stroke-width="2"/>
<path d="M0 0H256V256" fill="none" stroke="#e3e7e3" stroke-width="1"/>
</svg>
`;

// ---------------------------------------------------------------------------------------------
// 150,000 synthetic salons across Japan (benchmarks only).
const CITIES = [
  [43.062, 141.354, 5], [38.268, 140.872, 3], [35.69, 139.692, 20], [35.447, 139.642, 9], [35.861, 139.646, 7], [35.605, 140.123, 6],
  [35.181, 136.906, 9], [34.686, 135.52, 12], [34.691, 135.183, 6], [35.021, 135.756, 5], [34.396, 132.459, 4], [33.606, 130.418, 7],
  [32.803, 130.708, 3], [31.597, 130.557, 2], [26.212, 127.681, 2], [36.695, 137.211, 2], [37.902, 139.023, 3], [34.662, 133.935, 3],
  [33.841, 132.766, 2], [36.561, 136.656, 2], [39.72, 140.103, 1], [40.824, 140.74, 1], [36.341, 140.447, 3], [34.977, 138.383, 4],
];
function synthetic(count) {
  const r = rng(150000);
  const total = CITIES.reduce((s, c) => s + c[2], 0);
  const out = [];
  for (let i = 0; i < count; i++) {
    let x = r() * total;
    const city = CITIES.find((c) => (x -= c[2]) < 0) ?? CITIES[0];
    const g = () => (r() + r() + r() - 1.5) / 1.5;
    const k = KINDS[i % KINDS.length];
    const day = WEEKDAY[1 + (i % 5)];
    out.push({
      id: `syn-${i + 1}`,
      name: `${k.name('')}${i + 1}`,
      lat: round(city[0] + g() * 0.35, 5),
      lng: round(city[1] + g() * 0.45, 5),
      district: `地区${(i % 40) + 1}`,
      status: i % 13 === 0 ? 'paused' : 'active',
      schedule: { rrule: `FREQ=MONTHLY;BYDAY=${1 + (i % 4)}${day[0]}`, start: '10:00', end: '12:00' },
      audiences: k.audiences,
      activities: k.activities,
      fee: { amount: [0, 100, 200][i % 3] },
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
function write(path, content) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  console.log(`wrote ${path.replace(`${root}/`, '')}`);
}

if (countArg) {
  const path = outArg || join(root, '.cache', 'salons', `salons-${countArg}.json`);
  write(path, JSON.stringify(synthetic(countArg)));
} else {
  const salons = makeSalons(72);
  const dir = join(root, 'demo', 'data', 'salons');
  write(join(dir, 'salons.json'), `${JSON.stringify(salons, null, 2)}\n`);
  const geojson = {
    type: 'FeatureCollection',
    features: salons.map(({ lat, lng, ...properties }) => ({
      type: 'Feature',
      geometry: lat !== undefined && lng !== undefined ? { type: 'Point', coordinates: [lng, lat] } : null,
      properties,
    })),
  };
  write(join(dir, 'salons.geojson'), `${JSON.stringify(geojson, null, 2)}\n`);
  const encode = createShiftJisEncoder();
  const mhlw = [MHLW_HEADERS, ...salons.map((s, i) => mhlwRow(s, i + 1))].map(csvLine).join('\r\n') + '\r\n';
  if (MHLW_HEADERS.length !== 38) throw new Error('MHLW layout must have 38 columns');
  write(join(dir, 'tsuinoba-mhlw.csv'), encode(mhlw));
  // A facility list drops closed places: closed salons are not in the 公共施設一覧 file.
  const ods = [ODS_HEADERS, ...salons.filter((s) => s.status !== 'closed').map((s) => odsRow(s, salons.indexOf(s) + 1))].map(csvLine).join('\r\n') + '\r\n';
  write(join(dir, 'koukyou-shisetsu.csv'), `\ufeff${ods}`);
  write(join(dir, 'salons-defects.json'), `${JSON.stringify(defects(salons), null, 2)}\n`);
  write(join(dir, 'tiles', 'tile.svg'), TILE_SVG);
}
