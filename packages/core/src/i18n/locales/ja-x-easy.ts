import type { Strings } from '../instance.js';
import type { CoreStrings } from '../strings.js';

/** Core strings in ja-x-easy: loaded the first time an element renders in it. */
const strings: CoreStrings = {
  loading: '{読|よ}み{込|こ}んでいます',
  empty: 'データが ありません',
  retry: 'もう{一度|いちど} {読|よ}み{込|こ}む',
  problems: {
    notice: '{見|み}せられない データが あります（{{count}}{件|けん}）',
    item: '{{reason}}（{{count}}{件|けん}）',
    hint: '{見|み}せられる データは {一覧|いちらん}に あります。',
    caption: 'データの {問題|もんだい}（{{count}}{件|けん}）',
    column: { row: '{行|ぎょう}', field: '{項目|こうもく}', reason: '{理由|りゆう}', value: '{値|あたい}', severity: '{大事|だいじ}さ' },
  },
  severity: { error: '{読|よ}めません', warning: '{注意|ちゅうい}' },
  reason: {
    required: '{名前|なまえ}などが ありません',
    'invalid-record': 'データの {形|かたち}が {違|ちが}います',
    'invalid-type': '{値|あたい}の {種類|しゅるい}が {違|ちが}います',
    'invalid-value': '{値|あたい}が {正|ただ}しく ありません',
    'unknown-code': '{知|し}らない {言葉|ことば}です。そのまま {見|み}せます',
    'coordinates-swapped': '{場所|ばしょ}の {数字|すうじ}が {逆|ぎゃく}でした。{直|なお}しました',
    'coordinates-missing': '{場所|ばしょ}が わかりません。{地図|ちず}に {出|で}ません',
    'coordinates-out-of-japan': '{場所|ばしょ}が {日本|にほん}の {外|そと}です。{地図|ちず}に {出|で}ません',
    'coordinates-placeholder': '{場所|ばしょ}が {仮|かり}の {数字|すうじ}です。{地図|ちず}に {出|で}ません',
    'schedule-unparsed': '{日|ひ}にちが わかりません。{書|か}いてある {文|ぶん}を {見|み}せます',
    'duplicate-id': '{同|おな}じ {番号|ばんごう}が あります',
    'too-deep': '{階層|かいそう}が {深|ふか}すぎます',
  },
  error: {
    'fetch-failed': 'データを {読|よ}めませんでした。インターネットを {確|たし}かめて ください。もう{一度|いちど} ためして ください。',
    'http-status': 'データが ありませんでした。あとで もう{一度|いちど} ためして ください。',
    timeout: '{時間|じかん}が かかりすぎました。もう{一度|いちど} ためして ください。',
    'parse-failed': 'データを {読|よ}めませんでした。',
    empty: 'データが {空|から}でした。',
    'geolocation-denied': '{今|いま}いる {場所|ばしょ}を {使|つか}えません。{住所|じゅうしょ}で {探|さが}せます。',
    'geolocation-unavailable': '{今|いま}いる {場所|ばしょ}が わかりませんでした。{住所|じゅうしょ}で {探|さが}して ください。',
    'geocoder-failed': '{住所|じゅうしょ}が {見|み}つかりませんでした。{別|べつ}の {書|か}き{方|かた}で ためして ください。',
    'submit-failed': '{送|おく}れませんでした。もう{一度|いちど} ためして ください。',
  },
};

export default { core: strings as unknown as Strings };
