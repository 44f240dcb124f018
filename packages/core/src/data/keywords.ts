import type { Activity, Audience } from './salon.js';

/**
 * Japanese wording in published data (対象者, 活動内容, その他…) mapped to the model's codes, so that
 * filters work across datasets and labels translate. The text itself is always kept as well.
 * Keywords are matched after NFKC normalisation.
 */
const AUDIENCE_WORDS: [Audience, RegExp][] = [
  ['elderly', /高齢|シニア|お年寄|年寄り|老人|6[05]歳以上|7[05]歳以上|介護予防|長寿|いきいき|シルバー/],
  ['parenting', /子育て|親子|乳幼児|未就園|未就学|赤ちゃん|ママ|パパ|保護者|妊娠|妊婦|育児/],
  ['children', /子ども|子供|こども|児童|小学生|中学生|高校生|学生|キッズ|放課後/],
  ['disability', /障害|障がい|障碍|しょうがい/],
  ['multigenerational', /多世代|世代間|三世代|異世代|世代を超え|世代交流/],
  ['everyone', /どなたでも|誰でも|だれでも|どなたも|どなた様も|地域住民|住民全般|全ての方|すべての方|制限なし|一般/],
];

const ACTIVITY_WORDS: [Activity, RegExp][] = [
  ['exercise', /体操|運動|ストレッチ|ウォーキング|ヨガ|筋トレ|筋力|ダンス|リハビリ|フレイル|百歳|100歳|太極拳|ボール/],
  ['tea', /お茶|茶話|喫茶|カフェ|おしゃべり|お喋り|談話|交流/],
  ['meal', /食事|会食|昼食|ランチ|弁当|料理|給食|配食|食堂|おやつ/],
  ['hobby', /趣味|手芸|工作|園芸|書道|絵手紙|生け花|折り紙|陶芸|手作り|クラフト|編み物|俳句|写真/],
  ['music', /歌|音楽|カラオケ|合唱|楽器|コーラス|演奏|唄/],
  ['games', /ゲーム|囲碁|将棋|麻雀|マージャン|トランプ|カード|ボッチャ|輪投げ|ビンゴ|オセロ|かるた|スポーツ吹矢|吹き矢/],
  ['study', /勉強|学習|講座|講話|講演|教室|脳トレ|認知症予防|パソコン|スマホ|学び/],
  ['health', /健康|血圧|測定|体力測定|栄養|口腔|保健|看護|医療|相談/],
  ['outing', /外出|散歩|遠足|お出かけ|おでかけ|旅行|買い物|見学|バス旅行/],
];

function codesIn<T extends string>(text: string, table: [T, RegExp][]): T[] {
  const t = text.normalize('NFKC');
  return table.filter(([, re]) => re.test(t)).map(([code]) => code);
}

/** 対象者 text → audience codes ("地域の高齢者、子育て中の親子" → elderly, parenting). */
export function audiencesFromText(text: string): Audience[] {
  return codesIn(text, AUDIENCE_WORDS);
}

/** 活動内容 text → activity codes ("体操、お茶会、カラオケ" → exercise, tea, music). */
export function activitiesFromText(text: string): Activity[] {
  return codesIn(text, ACTIVITY_WORDS);
}

/** 送迎: true for "送迎あり" / "送迎します", false for "送迎なし", else undefined. */
export function transportFromText(text: string): boolean | undefined {
  const t = text.normalize('NFKC');
  if (/送迎(は)?(なし|無し|無|はありません|しません|不可)/.test(t)) return false;
  if (/送迎(あり|有り|有|します|可|いたします)|送迎付|送迎を行/.test(t)) return true;
  return undefined;
}

/** 予約: true for 要予約 / 予約制 / 予約が必要 / 事前申込, false for 予約不要 / 申込不要. */
export function reservationFromText(text: string): boolean | undefined {
  const t = text.normalize('NFKC');
  if (/(予約|申込み?|申し込み)(は)?(不要|なし|いりません|は必要ありません)/.test(t)) return false;
  if (/要予約|予約制|予約が必要|予約必要|要申込|事前(に)?(予約|申込|申し込み)|予約してください/.test(t)) return true;
  return undefined;
}

/** 初めての方: true when first-timers are welcomed (初めての方歓迎, 見学歓迎, どなたでも参加できます). */
export function newcomersFromText(text: string): boolean | undefined {
  const t = text.normalize('NFKC');
  if (/初めて|はじめて|初参加|初心者|見学(歓迎|可|OK|できます)|飛び入り|どなたでも(参加|歓迎|ご参加)|新規.*歓迎|お気軽に/.test(t)) return true;
  return undefined;
}

/** 料金: 無料 → 0; "1回100円" → 100; a bare number → that number; else undefined. */
export function feeAmountFromText(text: string): number | undefined {
  const t = text.normalize('NFKC').replace(/,(?=\d{3})/g, '');
  if (/無料|無償|0円|なし|不要/.test(t) && !/[1-9]\d*円/.test(t)) return 0;
  const yen = /(\d+)\s*円/.exec(t);
  if (yen) return Number(yen[1]);
  if (/^\d+$/.test(t.trim())) return Number(t.trim());
  return undefined;
}

/** 定員 "20名" / "約20人" / "20" → 20; undefined when no number. */
export function numberFromText(text: string): number | undefined {
  const m = /(\d+(?:\.\d+)?)/.exec(text.normalize('NFKC').replace(/,(?=\d{3})/g, ''));
  return m ? Number(m[1]) : undefined;
}

/** Yes/no flags as published: 1/0, あり/なし, 有/無, ○/×, はい/いいえ, 可/不可, true/false. undefined when neither. */
export function flagFromText(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== 'string') return undefined;
  const t = value.normalize('NFKC').trim().toLowerCase();
  if (/^(1|true|yes|y|あり|有り?|○|〇|◯|はい|可|要|実施|する|対応|対応可)$/.test(t)) return true;
  if (/^(0|false|no|n|なし|無し?|×|✕|-|いいえ|不可|不要|否|しない|未実施|対応不可)$/.test(t)) return false;
  return undefined;
}

/** Splits a list cell on `;` `、` `・` `,` (and line breaks), trimming and dropping empties. */
export function splitList(value: string): string[] {
  return value
    .split(/[;；、・,，\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
