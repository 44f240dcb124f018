import type { Strings } from '../instance.js';
import type { CoreStrings } from '../strings.js';

/** Core strings in zh-Hant: loaded the first time an element renders in it. */
const strings: CoreStrings = {
  loading: '正在載入…',
  empty: '沒有可顯示的資料',
  retry: '重新載入',
  problems: {
    notice: '部分資料無法顯示（{{count}}筆）',
    item: '{{reason}}（{{count}}筆）',
    hint: '可以讀取的資料已顯示在清單中。',
    caption: '資料問題（{{count}}筆）',
    column: { row: '列', field: '項目', reason: '原因', value: '值', severity: '嚴重程度' },
  },
  severity: { error: '無法讀取', warning: '注意' },
  reason: {
    required: '缺少必填項目（如名稱）',
    'invalid-record': '資料格式不正確',
    'invalid-type': '值的類型不正確',
    'invalid-value': '值不正確',
    'unknown-code': '未知分類（按原文顯示）',
    'coordinates-swapped': '緯度和經度顛倒（已更正）',
    'coordinates-missing': '沒有位置資訊（不在地圖上顯示）',
    'coordinates-out-of-japan': '位置在日本境外（不在地圖上顯示）',
    'coordinates-placeholder': '位置為暫定值（不在地圖上顯示）',
    'schedule-unparsed': '無法辨識活動日期（顯示原文）',
    'duplicate-id': 'ID重複（已加上編號）',
    'too-deep': '層級過深',
  },
  error: {
    'fetch-failed': '無法載入資料。請確認網路連線後再試一次。',
    'http-status': '找不到資料。請稍後再試。',
    timeout: '載入資料的時間過長。請再試一次。',
    'parse-failed': '無法讀取資料格式。',
    empty: '資料是空的。',
    'geolocation-denied': '未允許使用目前位置。也可以依地址或地區搜尋。',
    'geolocation-unavailable': '無法取得目前位置。請依地址或地區搜尋。',
    'geocoder-failed': '找不到該地址。請換一種寫法再試。',
    'submit-failed': '傳送失敗。請再試一次。',
  },
};

export default { core: strings as unknown as Strings };
