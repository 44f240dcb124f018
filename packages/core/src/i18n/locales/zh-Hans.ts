import type { Strings } from '../instance.js';
import type { CoreStrings } from '../strings.js';

/** Core strings in zh-Hans: loaded the first time an element renders in it. */
const strings: CoreStrings = {
  loading: '正在加载…',
  empty: '没有可显示的数据',
  retry: '重新加载',
  problems: {
    notice: '部分数据无法显示（{{count}}条）',
    item: '{{reason}}（{{count}}条）',
    hint: '可以读取的数据已显示在列表中。',
    caption: '数据问题（{{count}}条）',
    column: { row: '行', field: '项目', reason: '原因', value: '值', severity: '严重程度' },
  },
  severity: { error: '无法读取', warning: '注意' },
  reason: {
    required: '缺少必填项目（如名称）',
    'invalid-record': '记录格式不正确',
    'invalid-type': '值的类型不正确',
    'invalid-value': '值不正确',
    'unknown-code': '未知分类（按原文显示）',
    'coordinates-swapped': '纬度和经度颠倒（已更正）',
    'coordinates-missing': '没有位置信息（不在地图上显示）',
    'coordinates-out-of-japan': '位置在日本境外（不在地图上显示）',
    'coordinates-placeholder': '位置为临时值（不在地图上显示）',
    'schedule-unparsed': '无法识别活动日期（显示原文）',
    'duplicate-id': 'ID重复（已添加编号）',
    'too-deep': '层级过深',
  },
  error: {
    'fetch-failed': '无法加载数据。请检查网络后重试。',
    'http-status': '找不到数据。请稍后重试。',
    timeout: '加载数据时间过长。请重试。',
    'parse-failed': '无法读取数据格式。',
    empty: '数据为空。',
    'geolocation-denied': '未允许使用当前位置。也可以按地址或地区查找。',
    'geolocation-unavailable': '无法获取当前位置。请按地址或地区查找。',
    'geocoder-failed': '找不到该地址。请换一种写法再试。',
    'submit-failed': '发送失败。请重试。',
  },
};

export default { core: strings as unknown as Strings };
