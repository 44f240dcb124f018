import { lazyLocales } from './lazy-strings.js';

/** Core's strings beyond ja and en (first load) come per locale, when an element first renders in it. */
lazyLocales((locale) => import(`./locales/${locale}.ts`));
