import type { StringBundle } from './instance.js';
import type { CoreStrings } from './strings.js';

/**
 * Core's words for errors and data problems in ja and en (`core.problems.*`, `core.severity.*`,
 * `core.reason.*`, `core.error.*`): registered by ui/states.ts, the code that renders them, so they
 * load with it rather than in every element's first load (first-strings.ts). The other locales have
 * them in their chunk (locales/*.ts); strings.ts has the whole of ja and en.
 */
export type ProblemCoreStrings = Omit<CoreStrings, 'loading' | 'empty' | 'retry'>;

export const problemStrings: StringBundle = {
  ja: {
    core: {
      problems: {
        notice: '一部のデータを表示できませんでした（{{count}}件）',
        item: '{{reason}}（{{count}}件）',
        hint: '表示できたデータは、そのまま一覧に出ています。',
        caption: 'データの問題（{{count}}件）',
        column: { row: '行', field: '項目', reason: '理由', value: '値', severity: '重要度' },
      },
      severity: { error: '読み込めません', warning: '注意' },
      reason: {
        required: '必要な項目（名称など）がありません',
        'invalid-record': 'データの形が正しくありません',
        'invalid-type': '値の種類が正しくありません',
        'invalid-value': '値が正しくありません',
        'unknown-code': '知らない区分です（文字のまま表示）',
        'coordinates-swapped': '緯度と経度が逆でした（直して表示）',
        'coordinates-missing': '位置情報がありません（地図には出ません）',
        'coordinates-out-of-japan': '位置が日本の外です（地図には出ません）',
        'coordinates-placeholder': '位置情報が仮の値です（地図には出ません）',
        'schedule-unparsed': '開催日を読み取れませんでした（掲載の文章を表示）',
        'duplicate-id': 'IDが重複しています（番号を付けて区別）',
        'too-deep': '階層が深すぎます',
      },
      error: {
        'fetch-failed': 'データを読み込めませんでした。通信の状態を確かめて、もう一度お試しください。',
        'http-status': 'データが見つかりませんでした。しばらくしてから、もう一度お試しください。',
        timeout: 'データの読み込みに時間がかかりすぎました。もう一度お試しください。',
        'parse-failed': 'データの形式を読み取れませんでした。',
        empty: 'データが空でした。',
        'geolocation-denied': '現在地の利用が許可されていません。住所や地区から探すこともできます。',
        'geolocation-unavailable': '現在地を取得できませんでした。住所や地区から探してください。',
        'geocoder-failed': '住所を検索できませんでした。別の書き方でお試しください。',
        'submit-failed': '送信できませんでした。もう一度お試しください。',
      },
    } satisfies ProblemCoreStrings,
  },
  en: {
    core: {
      problems: {
        notice: 'Some entries could not be shown ({{count}})',
        item: '{{reason}} ({{count}})',
        hint: 'Everything that could be read is shown in the list.',
        caption: 'Data problems ({{count}})',
        column: { row: 'Row', field: 'Field', reason: 'Reason', value: 'Value', severity: 'Severity' },
      },
      severity: { error: 'Not loaded', warning: 'Warning' },
      reason: {
        required: 'A required field (such as the name) is missing',
        'invalid-record': 'Not a valid record',
        'invalid-type': 'Wrong type of value',
        'invalid-value': 'Invalid value',
        'unknown-code': 'Unknown category (kept as text)',
        'coordinates-swapped': 'Latitude and longitude were swapped (fixed)',
        'coordinates-missing': 'No location (not on the map)',
        'coordinates-out-of-japan': 'Location outside Japan (not on the map)',
        'coordinates-placeholder': 'Placeholder location (not on the map)',
        'schedule-unparsed': 'Schedule not understood (published text shown)',
        'duplicate-id': 'Duplicate ID (a suffix was added)',
        'too-deep': 'Nested too deeply',
      },
      error: {
        'fetch-failed': 'The data could not be loaded. Check your connection and try again.',
        'http-status': 'The data was not found. Please try again later.',
        timeout: 'Loading the data took too long. Please try again.',
        'parse-failed': 'The data format could not be read.',
        empty: 'The data is empty.',
        'geolocation-denied': 'Location access is not allowed. You can search by address or district instead.',
        'geolocation-unavailable': 'Your location could not be found. Please search by address or district.',
        'geocoder-failed': 'The address could not be found. Try writing it another way.',
        'submit-failed': 'Sending failed. Please try again.',
      },
    } satisfies ProblemCoreStrings,
  },
};
