import type { Strings } from '@chiiki/core';
import { jaShell } from './shell.js';

/** 日本語: the reference wording of the badge (seed 003: 地域の福祉相談窓口, つながりカード). */
export const ja: Strings = {
  badge: {
    ...jaShell.badge,
    notFound: '指定された相談窓口（ID：{{id}}）が見つかりませんでした。',
    loadFailed: '相談窓口の情報を読み込めませんでした。',
    intro: '暮らしの困りごとは、どんなことでも相談できます。必要な支援につなぎます。',
    topic: {
      care: '介護',
      childcare: '子育て',
      disability: '障がい',
      living: '暮らし・生活',
      health: '健康',
      isolation: '孤立・ひとりぼっち',
      disaster: '防災・災害',
      other: 'その他',
    },
    anything: '暮らしの困りごと全般',
    heading: {
      topics: '相談できること',
      when: '相談できる日時',
      who: '相談を受ける人・団体',
      referTo: 'つなぎ先',
      contact: '連絡先',
      updated: '最終確認日',
      card: 'つながりカード',
    },
    phone: '電話',
    email: 'メール',
    website: 'ホームページ',
    cardNote: '印刷して持ち歩いたり、スマートフォンに連絡先を保存したりできます。',
    print: 'つながりカードを印刷',
    save: '連絡先を保存',
    close: '閉じる',
  },
};
