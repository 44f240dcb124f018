/**
 * Generated bench data in .cache/bench/ (git-ignored; made once, reused): plans from
 * scripts/generate-plan.mjs, salons across Japan from scripts/generate-salons.mjs (--count), and an
 * MHLW 通いの場 CSV (38 columns, Shift_JIS, CRLF) made from those salons with the same layout and
 * the same decoder-inverted Shift_JIS table as scripts/generate-salons.mjs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createShiftJisEncoder } from '../scripts/shift-jis.mjs';
import { AUDIENCE_JA, MHLW_HEADERS } from '../scripts/mhlw-columns.mjs';

export const DATA_DIR = '.cache/bench';

export function ensurePlan(nodes) {
  const out = `${DATA_DIR}/plan-${nodes}.json`;
  if (!existsSync(out)) execFileSync(process.execPath, ['scripts/generate-plan.mjs', '--nodes', String(nodes), '--out', out], { stdio: 'ignore' });
  return `/${out}`;
}

export function ensureSalons(count) {
  const out = `${DATA_DIR}/salons-${count}.json`;
  mkdirSync(DATA_DIR, { recursive: true });
  if (!existsSync(out)) execFileSync(process.execPath, ['scripts/generate-salons.mjs', '--count', String(count), '--out', out], { stdio: 'ignore' });
  return `/${out}`;
}

const ACTIVITY_JA = { exercise: '体操', tea: '茶話会', games: 'ゲーム', health: '健康チェック', study: '講話', hobby: '手芸・趣味', meal: '会食', music: '歌' };

const cell = (v) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** `rows` salons as an MHLW-format CSV in Shift_JIS; returns the served path. */
export function ensureMhlwCsv(rows) {
  const out = `${DATA_DIR}/mhlw-${rows}.csv`;
  if (existsSync(out)) return `/${out}`;
  const salons = JSON.parse(readFileSync(ensureSalons(Math.max(rows, 1000)).slice(1), 'utf8')).slice(0, rows);
  const encode = createShiftJisEncoder();
  const chunks = [];
  const comma = encode(',');
  const crlf = encode('\r\n');
  const line = (values) => {
    values.forEach((v, i) => {
      if (i) chunks.push(comma);
      chunks.push(encode(cell(v)));
    });
    chunks.push(crlf);
  };
  line(MHLW_HEADERS);
  salons.forEach((s, i) => {
    const no = i + 1;
    line([
      no, '13', '東京都', '131016', '千代田区', '', `さろん${no % 97}`, s.name, `100-${String(no % 10000).padStart(4, '0')}`,
      `東京都千代田区${s.district}${1 + (no % 40)}番地`, `${s.district}公民館`, `03-0000-${String(no % 10000).padStart(4, '0')}`,
      (s.audiences ?? []).map((a) => AUDIENCE_JA[a] ?? '').join('、'), (s.activities ?? []).map((a) => ACTIVITY_JA[a] ?? '').join('、'),
      s.schedule?.start ?? '', s.schedule?.end ?? '', '', '', '', '', '', '', '年末年始', 20, s.fee?.amount ? `${s.fee.amount}円` : '無料',
      0, 1, 0, s.district, 0, `毎月第${1 + (no % 4)}月曜日 10:00〜12:00`, 0, '', '', `${s.district}社会福祉協議会`, s.status === 'paused' ? '休止中' : '活動中', s.lat, s.lng,
    ]);
  });
  let size = 0;
  for (const c of chunks) size += c.length;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  writeFileSync(out, bytes);
  return `/${out}`;
}
