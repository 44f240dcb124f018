/** @chiiki/core: the shared public interface and building blocks of every Chiiki element. */
export * from './events/events.js';
export * from './data/types.js';
export * from './data/salon.js';
export * from './i18n/locales.js';
export { i18n, registerStrings, setStrings, translate, onStringsChanged } from './i18n/instance.js';
export type { Strings, StringBundle } from './i18n/instance.js';
export { LocaleController, closestLang } from './i18n/locale-controller.js';
export { renderRuby, stripRuby } from './i18n/ruby.js';
export { themeStyles, THEME_TOKENS, THEMES } from './theme/tokens.js';
export type { Theme } from './theme/tokens.js';
export { TAG_NAMES } from './elements.js';
export type { TagName } from './elements.js';
export { loadRecords } from './data/load.js';
export type { DataSource, ReadOptions, RecordKind, ReportProblem } from './data/load.js';
export { sourceFromElement } from './data/source.js';
export { DataController } from './data/data-controller.js';
export type { DataState } from './data/data-controller.js';
export * from './schedule/index.js';
export { salonKind, loadSalons, normalizeSalon } from './data/salon-kind.js';
export { checkCoordinates, JAPAN_BOUNDS } from './data/coordinates.js';
export { decodeBytes, sniffEncoding } from './data/decode.js';
export { CsvReader, readCsv } from './data/csv.js';
export type { CsvRecord } from './data/csv.js';
export { normalizeHeader, cleanCell } from './data/headers.js';
export { stableId } from './data/ids.js';
export { yieldToMain } from './data/slice.js';
export { detectFormat, DEFAULT_TIMEOUT_MS } from './data/load.js';
export {
  audiencesFromText,
  activitiesFromText,
  splitList,
  flagFromText,
  feeAmountFromText,
  transportFromText,
  reservationFromText,
  newcomersFromText,
} from './data/keywords.js';
export * from './ui/index.js';
export * from './geo/index.js';
export * from './text/index.js';
export { registerLazyStrings, ensureStrings } from './i18n/lazy-strings.js';
export type { StringsLoader } from './i18n/lazy-strings.js';
export { TRUSTED_TYPES_POLICY, trustedScriptURL, TrustedWorker } from './trusted-types.js';
export { parseJsonSliced } from './data/json.js';
export { lazyLocales } from './i18n/lazy-strings.js';
export type { LazyLocale } from './i18n/lazy-strings.js';
export { fetchBytes } from './data/fetch-bytes.js';
