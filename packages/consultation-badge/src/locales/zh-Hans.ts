import type { Strings } from '@chiiki/core';

/** 简体中文 (zh-Hans): not yet reviewed by a native speaker. */
export const zhHans: Strings = {
  badge: {
    label: '社区福利咨询点',
    named: '社区福利咨询点：{{name}}',
    intro: '生活中的任何烦恼都可以来这里咨询。我们会为您联系合适的支援。',
    status: {
      open: '正在开放',
      next: '下次 {{date}} 起',
      nextDay: '下次 {{date}}',
      paused: '暂停中',
      closed: '已结束',
      none: '下次日期未定',
    },
    topic: {
      care: '护理',
      childcare: '育儿',
      disability: '残障',
      living: '生活',
      health: '健康',
      isolation: '孤独与孤立',
      disaster: '防灾与灾害',
      other: '其他',
    },
    anything: '生活中的各种烦恼',
    heading: {
      topics: '可咨询的内容',
      when: '咨询时间',
      who: '接待咨询的人',
      referTo: '转介机构',
      contact: '联系方式',
      updated: '最后确认日期',
      card: '联系卡（つながりカード）',
    },
    phone: '电话',
    email: '电子邮件',
    website: '网站',
    cardNote: '可以打印这张卡片随身携带，或将联系方式保存到手机。',
    print: '打印联系卡',
    save: '保存联系人',
    close: '关闭',
    notFound: '未找到 ID 为“{{id}}”的咨询点。',
    loadFailed: '无法读取咨询点的信息。',
  },
};
