/** The element names of PRODUCT.md §1, keyed by the widget's short name (as in `data-chiiki="…"`). */
export const TAG_NAMES = {
  'salon-finder': 'chiiki-salon-finder',
  'consultation-badge': 'chiiki-consultation-badge',
  'support-matcher': 'chiiki-support-matcher',
  'plan-viewer': 'chiiki-plan-viewer',
} as const;
export type TagName = keyof typeof TAG_NAMES;
