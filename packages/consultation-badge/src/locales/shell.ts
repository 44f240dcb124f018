/**
 * The few strings the element needs before its card code has loaded (label, name, messages), in the
 * two locales of the first load: Japanese (default) and English (fallback). The locale files add the rest.
 */
export const jaShell = {
  badge: {
    label: '福祉の相談窓口',
    named: '福祉の相談窓口：{{name}}',
    notFound: '指定された相談窓口（ID：{{id}}）が見つかりませんでした。',
    loadFailed: '相談窓口の情報を読み込めませんでした。',
  },
};

export const enShell = {
  badge: {
    label: 'Community welfare consultation point',
    named: 'Community welfare consultation point: {{name}}',
    notFound: 'No consultation point with the ID “{{id}}” was found.',
    loadFailed: 'The consultation point could not be loaded.',
  },
};

