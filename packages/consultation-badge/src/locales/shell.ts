/**
 * The strings of the badge's first paint (label, name, status), in the two locales of the
 * first load: Japanese (default) and English (fallback). The card code registers the rest of ja and
 * en (locales/ja.ts, locales/en.ts); every other locale is a chunk of its own (locales/lazy.ts).
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

export const enShell = {
  badge: {
    label: 'Community welfare consultation point',
    named: 'Community welfare consultation point: {{name}}',
    status: {
      open: 'Open now',
      next: 'Next: {{date}}',
      nextDay: 'Next: {{date}}',
      paused: 'Paused',
      closed: 'Closed',
      none: 'Next date not set',
    },
  },
};

