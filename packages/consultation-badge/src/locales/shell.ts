/**
 * The strings of the badge's first paint (label, name, status) in Japanese, the only locale of the
 * first load. The card code registers the rest of ja (locales/ja.ts); every other locale, English
 * included, is a chunk of its own (locales/lazy.ts).
 */
export const jaShell = {
  badge: {
    label: '福祉の相談窓口',
    named: '福祉の相談窓口：{{name}}',
    status: {
      open: '開催中',
      next: '次回 {{date}}〜',
      nextDay: '次回 {{date}}',
      paused: '休止中',
      closed: '終了',
      none: '次回は未定',
    },
  },
};
