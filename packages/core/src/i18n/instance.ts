import i18next, { type i18n as I18n, type TOptions } from 'i18next';
import { LOCALES, type Locale } from './locales.js';
import { firstLoadStrings } from './first-strings.js';

/** Strings of one package: nested keys, values are plain text (ruby written `{漢字|かんじ}`). */
export interface Strings {
  [key: string]: string | Strings;
}
export type StringBundle = Partial<Record<Locale, Strings>> & { ja: Strings };

interface SharedState {
  i18n: I18n;
  overrides: Map<string, Strings>;
  listeners: Set<() => void>;
}

/**
 * The library's own i18next instance: never the host page's global one, so a site that uses
 * i18next itself is not disturbed (and does not disturb us). It lives on `globalThis` under a
 * registered symbol so that two copies of the library on one page (module + IIFE, or a script
 * loaded twice) share strings and `setStrings` overrides.
 */
const KEY = Symbol.for('chiiki-widgets.i18n');
const shared: SharedState = ((globalThis as Record<symbol, SharedState | undefined>)[KEY] ??= createState());

function createState(): SharedState {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'ja',
    supportedLngs: [...LOCALES],
    fallbackLng: { 'ja-x-easy': ['ja'], ja: [], default: ['en', 'ja'] },
    resources: Object.fromEntries(Object.entries(firstLoadStrings).map(([lang, strings]) => [lang, { translation: strings }])),
    initAsync: false,
    // Lit renders every value as text, so i18next must not escape it a second time.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return { i18n: instance, overrides: new Map(), listeners: new Set() };
}

export const i18n = shared.i18n;
const { overrides, listeners } = shared;

function notify(): void {
  for (const listener of listeners) listener();
}

/** Called by each package once, at module load, with its default strings in every locale. */
export function registerStrings(bundle: StringBundle): void {
  for (const [lang, strings] of Object.entries(bundle)) {
    if (strings) i18n.addResourceBundle(lang, 'translation', strings, true, true);
  }
  // A host may have called setStrings before this package loaded: its words still win.
  for (const [lang, strings] of overrides) i18n.addResourceBundle(lang, 'translation', strings, true, true);
  notify();
}

/**
 * Overrides or adds strings for one language, e.g.
 * `setStrings('ja', { salonFinder: { title: 'ふれあいサロンをさがす' } })`. Every element re-renders.
 */
export function setStrings(lang: string, strings: Strings): void {
  const merged = deepMerge(overrides.get(lang) ?? {}, strings);
  overrides.set(lang, merged);
  i18n.addResourceBundle(lang, 'translation', strings, true, true);
  notify();
}

/** Translate for one locale without touching the instance's current language. */
export function translate(lang: Locale, key: string, options?: TOptions): string {
  return i18n.t(key, { ...options, lng: lang }) as string;
}

/** Subscribe to string changes (registerStrings / setStrings); returns the unsubscribe function. */
export function onStringsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function deepMerge(target: Strings, source: Strings): Strings {
  const out: Strings = { ...target };
  for (const [key, value] of Object.entries(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const prev = out[key];
    out[key] = typeof value === 'object' && typeof prev === 'object' ? deepMerge(prev, value) : value;
  }
  return out;
}
