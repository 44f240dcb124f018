import { registerStrings, type Strings } from './instance.js';
import type { Locale } from './locales.js';

/** Loads one package's strings for one locale, e.g. `() => import('./locales/ko.js').then((m) => m.ko)`. */
export type StringsLoader = () => Promise<Strings>;

/** The locales loaded lazily: every locale of PRODUCT.md §2 but ja and en (both in the first load). */
const LAZY_LOCALES = ['ja-x-easy', 'zh-Hans', 'zh-Hant', 'ko', 'vi', 'pt-BR', 'tl', 'ne', 'es', 'id'] as const satisfies readonly Locale[];

/** A locale whose strings are loaded lazily (every locale but ja and en). */
export type LazyLocale = (typeof LAZY_LOCALES)[number];

/**
 * Locales other than the first-load ones (ja, and en as every language's fallback) are small chunks
 * loaded the first time an element renders in them, so a page pays only for its own language
 * (PRODUCT.md §7's 30 KB badge page). Until they arrive i18next falls back (やさしい日本語 → ja,
 * others → en); registering re-renders every element.
 */
const loaders = new Map<Locale, StringsLoader[]>();
const pending = new Map<StringsLoader, Promise<void>>();
const done = new Set<StringsLoader>();

/** Called by a package at module load with a loader per lazily loaded locale. */
export function registerLazyStrings(byLocale: Partial<Record<Locale, StringsLoader>>): void {
  for (const [locale, loader] of Object.entries(byLocale) as [Locale, StringsLoader][]) {
    loaders.set(locale, [...(loaders.get(locale) ?? []), loader]);
  }
}

/**
 * Registers a package's strings for the ten lazily loaded locales with one loader, called with the
 * locale the first time an element renders in it. Give it a template import of a folder holding one
 * module per locale (default export = the strings), written with the `.ts` extension so that Vite and
 * Rollup split it into one chunk per file and the test server finds the source:
 * ```ts
 * lazyLocales((locale) => import(`./locales/${locale}.ts`));
 * ```
 * or, smaller in a bundle (no helper for the template), a table of plain imports
 * (`{ ko: () => import('./locales/ko.js'), … }`, as core-locales.ts does). The loader may also resolve
 * to the strings themselves.
 */
export function lazyLocales(load: (locale: LazyLocale) => Promise<Strings | { default: Strings }>): void {
  const byLocale: Partial<Record<Locale, StringsLoader>> = {};
  for (const locale of LAZY_LOCALES) {
    byLocale[locale] = () => load(locale).then((m) => ('default' in m && m.default && typeof m.default === 'object' ? (m.default as Strings) : (m as Strings)));
  }
  registerLazyStrings(byLocale);
}

/**
 * Loads every registered package's strings for `locale` once. Resolves when all have settled; a failed
 * load keeps the fallback and is tried again next time.
 */
export function ensureStrings(locale: Locale): Promise<void> {
  const jobs = (loaders.get(locale) ?? [])
    .filter((loader) => !done.has(loader))
    .map((loader) => {
      let job = pending.get(loader);
      if (!job) {
        job = loader().then(
          (strings) => {
            done.add(loader);
            registerStrings({ ja: {}, [locale]: strings });
          },
          () => void pending.delete(loader),
        );
        pending.set(loader, job);
      }
      return job;
    });
  return Promise.all(jobs).then(() => undefined);
}

/** Whether every registered package's strings for `locale` are in (true for first-load locales). */
export function stringsReady(locale: Locale): boolean {
  return (loaders.get(locale) ?? []).every((loader) => done.has(loader));
}
