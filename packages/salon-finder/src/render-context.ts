import type { Locale } from '@chiiki/core';
import type { TOptions } from 'i18next';

/** What the template helpers need from the element: its locale and translator. */
export interface RenderContext {
  locale: Locale;
  t(key: string, options?: TOptions): string;
}
