import type { Strings } from '@chiiki/core';

/** 繁體中文 (zh-Hant): not yet reviewed by a native speaker. */
export const zhHant: Strings = {
  badge: {
    label: '社區福利諮詢點',
    named: '社區福利諮詢點：{{name}}',
    intro: '生活中的任何煩惱都可以來這裡諮詢。我們會為您聯繫合適的支援。',
    status: {
      open: '開放中',
      next: '下次 {{date}} 起',
      nextDay: '下次 {{date}}',
      paused: '暫停中',
      closed: '已結束',
      none: '下次日期未定',
    },
    topic: {
      care: '照護',
      childcare: '育兒',
      disability: '身心障礙',
      living: '生活',
      health: '健康',
      isolation: '孤獨與孤立',
      disaster: '防災與災害',
      other: '其他',
    },
    anything: '生活中的各種煩惱',
    heading: {
      topics: '可諮詢的內容',
      when: '諮詢時間',
      who: '接待諮詢的人',
      referTo: '轉介機構',
      contact: '聯絡方式',
      updated: '最後確認日期',
      card: '聯絡卡（つながりカード）',
    },
    phone: '電話',
    email: '電子郵件',
    website: '網站',
    cardNote: '可以列印這張卡片隨身攜帶，或將聯絡方式儲存到手機。',
    print: '列印聯絡卡',
    save: '儲存聯絡人',
    close: '關閉',
    notFound: '找不到 ID 為「{{id}}」的諮詢點。',
    loadFailed: '無法讀取諮詢點的資訊。',
  },
};
