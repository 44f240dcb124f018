import { expect } from '@open-wc/testing';
import { LOCALES, type Locale } from '../../packages/core/src/i18n/locales.js';
import type { Strings } from '../../packages/core/src/i18n/instance.js';
import { coreStrings } from '../../packages/core/src/i18n/strings.js';
import coreJaEasy from '../../packages/core/src/i18n/locales/ja-x-easy.js';
import coreZhHans from '../../packages/core/src/i18n/locales/zh-Hans.js';
import coreZhHant from '../../packages/core/src/i18n/locales/zh-Hant.js';
import coreKo from '../../packages/core/src/i18n/locales/ko.js';
import coreVi from '../../packages/core/src/i18n/locales/vi.js';
import corePtBR from '../../packages/core/src/i18n/locales/pt-BR.js';
import coreTl from '../../packages/core/src/i18n/locales/tl.js';
import coreNe from '../../packages/core/src/i18n/locales/ne.js';
import coreEs from '../../packages/core/src/i18n/locales/es.js';
import coreId from '../../packages/core/src/i18n/locales/id.js';
import { scheduleStrings } from '../../packages/core/src/schedule/strings.js';
import schedJaEasy from '../../packages/core/src/schedule/locales/ja-x-easy.js';
import schedZhHans from '../../packages/core/src/schedule/locales/zh-Hans.js';
import schedZhHant from '../../packages/core/src/schedule/locales/zh-Hant.js';
import schedKo from '../../packages/core/src/schedule/locales/ko.js';
import schedVi from '../../packages/core/src/schedule/locales/vi.js';
import schedPtBR from '../../packages/core/src/schedule/locales/pt-BR.js';
import schedTl from '../../packages/core/src/schedule/locales/tl.js';
import schedNe from '../../packages/core/src/schedule/locales/ne.js';
import schedEs from '../../packages/core/src/schedule/locales/es.js';
import schedId from '../../packages/core/src/schedule/locales/id.js';
import { strings as badgeStrings } from '../../packages/consultation-badge/src/strings.js';
import { strings as finderStrings } from '../../packages/salon-finder/src/strings.js';
import { lazyStrings as finderLazy } from '../../packages/salon-finder/src/locales/lazy.js';
import { strings as matcherStrings } from '../../packages/support-matcher/src/strings.js';
import { strings as planStrings } from '../../packages/plan-viewer/src/strings.js';
import { lazyStrings as planLazy } from '../../packages/plan-viewer/src/locales/lazy.js';

/**
 * Locale completeness (PRODUCT.md §2): every string of every package exists in each of the twelve
 * locales with exactly ja's key set (plural suffixes aside), the same {{placeholders}}, no HTML and
 * well-formed {漢字|かんじ} ruby marks; and every key is used by the package's source (fetched from
 * the test server, following its imports from src/index.ts), literally or through a dynamic prefix
 * such as `badge.topic.${id}` whose remainder is named in the source.
 */

type Bundle = Partial<Record<Locale, Strings>>;
type Loader = () => Promise<Strings>;

interface Pkg {
  name: string;
  /** Top-level key of the package's strings. */
  ns: string;
  /** The package's source entry points (served by wtr from the repo root). */
  entries: string[];
  bundle: () => Promise<Bundle>;
  /** Cases known to be incomplete: `locale` or 'unused' → reason. They run as `it.skip`. */
  incomplete?: Partial<Record<Locale | 'unused', string>>;
  /** Keys a locale may leave out by design (the code has a documented fallback). */
  optional?: RegExp;
  /** Keys the source builds from parts (documented where the pattern is given). */
  built?: RegExp;
}

const withLazy = async (base: Bundle, lazy: Partial<Record<Locale, Loader>>): Promise<Bundle> => {
  const out: Bundle = { ...base };
  for (const [locale, load] of Object.entries(lazy) as [Locale, Loader][]) {
    out[locale] = merge(out[locale] ?? {}, await load());
  }
  return out;
};

function merge(a: Strings, b: Strings): Strings {
  const out: Strings = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = typeof v === 'object' && typeof prev === 'object' ? merge(prev, v) : v;
  }
  return out;
}

const asStrings = (s: unknown): Strings => s as Strings;

const PACKAGES: Pkg[] = [
  {
    name: 'core',
    ns: 'core',
    entries: ['/packages/core/src/index.ts'],
    bundle: async () => ({
      ...coreStrings,
      'ja-x-easy': asStrings(coreJaEasy),
      'zh-Hans': asStrings(coreZhHans),
      'zh-Hant': asStrings(coreZhHant),
      ko: asStrings(coreKo),
      vi: asStrings(coreVi),
      'pt-BR': asStrings(corePtBR),
      tl: asStrings(coreTl),
      ne: asStrings(coreNe),
      es: asStrings(coreEs),
      id: asStrings(coreId),
    }),
  },
  {
    name: 'core schedule',
    ns: 'schedule',
    entries: ['/packages/core/src/schedule/index.ts'],
    // schedule/strings.ts: `sep` joins lists only where set (else Intl.ListFormat); `dayGroup` only where a
    // language groups weekdays compactly ("月・水・金曜日"); `dayRange` ("月〜金") only where a language writes
    // weekday ranges; `nthWeekend`/`lastWeekend` (pt-BR) and `weekdays`, `weekdaysShort`, `months`, `date`, `monthDay`, `and` (ne, where Intl lacks them) are a language's own words. All are looked
    // up through ownString() with defaultValue '' and fall back to Intl.
    optional: /^schedule\.(sep|dayGroup|dayRange|nthWeekend|lastWeekend|weekdays|weekdaysShort|months|date|monthDay|and)$/,
    // describe.ts: t(`schedule.${key}${interval === 1 ? '' : … '2' : 'N'}`) with key = yearly|monthly|weekly|daily.
    built: /^schedule\.(yearly|monthly|weekly|daily)(2|N)$/,
    bundle: async () => ({
      ...scheduleStrings,
      'ja-x-easy': asStrings(schedJaEasy),
      'zh-Hans': asStrings(schedZhHans),
      'zh-Hant': asStrings(schedZhHant),
      ko: asStrings(schedKo),
      vi: asStrings(schedVi),
      'pt-BR': asStrings(schedPtBR),
      tl: asStrings(schedTl),
      ne: asStrings(schedNe),
      es: asStrings(schedEs),
      id: asStrings(schedId),
    }),
  },
  {
    name: 'consultation badge',
    ns: 'badge',
    entries: ['/packages/consultation-badge/src/index.ts'],
    bundle: async () => badgeStrings, // strings.ts holds all twelve (the lazy chunks are the same files)
  },
  {
    name: 'salon finder',
    ns: 'salonFinder',
    entries: ['/packages/salon-finder/src/index.ts'],
    bundle: () => withLazy(finderStrings, finderLazy),
  },
  {
    name: 'support matcher',
    ns: 'matcher',
    entries: ['/packages/support-matcher/src/index.ts'],
    bundle: async () => matcherStrings,
  },
  {
    name: 'plan viewer',
    ns: 'plan',
    entries: ['/packages/plan-viewer/src/index.ts'],
    bundle: () => withLazy(planStrings, planLazy), // ja + en first; the ten others per-locale chunks
  },
];

const PLURAL = /_(?:ordinal_)?(?:zero|one|two|few|many|other)$/;

/** Flattens to `a.b.c` → value; i18next plural variants collapse to their base key. */
function flatten(s: Strings, prefix = '', out = new Map<string, string[]>()): Map<string, string[]> {
  for (const [k, v] of Object.entries(s)) {
    const key = prefix + k;
    if (typeof v === 'string') {
      const base = key.replace(PLURAL, '');
      out.set(base, [...(out.get(base) ?? []), v]);
    } else flatten(v, key + '.', out);
  }
  return out;
}

const placeholders = (values: string[]): string =>
  [...new Set(values.flatMap((v) => [...v.matchAll(/\{\{\s*([\w.-]+)[^}]*\}\}/g)].map((m) => m[1])))].sort().join(',');

/** Ruby marks: every `{` that is not `{{` opens `{base|reading}` with non-empty parts and no nesting. */
function rubyProblem(value: string): string | undefined {
  const stripped = value.replace(/\{\{[^{}]*\}\}/g, '');
  const bad = stripped.replace(/\{[^{}|]+\|[^{}|]+\}/g, '');
  if (/[{}|]/.test(bad)) return `malformed ruby or braces in “${value}”`;
  return undefined;
}

const bundles = new Map<string, Bundle>();
async function bundleOf(pkg: Pkg): Promise<Bundle> {
  let b = bundles.get(pkg.name);
  if (!b) {
    b = await pkg.bundle();
    bundles.set(pkg.name, b);
  }
  return b;
}

/** Compares one locale with ja; returns the list of problems (empty when complete). */
function compare(ja: Map<string, string[]>, other: Map<string, string[]> | undefined, locale: string, optional?: RegExp): string[] {
  const problems: string[] = [];
  if (!other) return [`${locale}: no strings at all`];
  for (const [key, values] of ja) {
    const theirs = other.get(key);
    if (!theirs) {
      if (!optional?.test(key)) problems.push(`${locale}: missing ${key}`);
    }
    else if (placeholders(values) !== placeholders(theirs))
      problems.push(`${locale}: ${key} placeholders {${placeholders(theirs)}} ≠ ja {${placeholders(values)}}`);
  }
  for (const key of other.keys()) if (!ja.has(key) && !optional?.test(key)) problems.push(`${locale}: extra key ${key} (not in ja)`);
  for (const [key, values] of other) {
    for (const v of values) {
      if (/<\/?[a-z][^>]*>/i.test(v)) problems.push(`${locale}: ${key} contains HTML`);
      const ruby = rubyProblem(v);
      if (ruby) problems.push(`${locale}: ${key} ${ruby}`);
    }
  }
  if (locale === 'ja-x-easy') {
    const withRuby = [...other.values()].flat().filter((v) => /\{[^{}|]+\|[^{}|]+\}/.test(v)).length;
    if (withRuby === 0) problems.push('ja-x-easy: no {漢字|かんじ} ruby anywhere');
  }
  return problems;
}

/** Fetches a package's source files by following relative imports from its entries. */
async function sourceOf(entries: string[]): Promise<string> {
  const seen = new Set<string>();
  const texts: string[] = [];
  const queue = [...entries];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const res = await fetch(path);
    if (!res.ok) continue;
    const text = await res.text();
    texts.push(text);
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const url = new URL(m[1].replace(/\.js$/, '.ts'), location.origin + path).pathname;
      if (url.endsWith('.ts') && !url.includes('/locales/') && !/\/strings\.ts$/.test(url)) queue.push(url);
    }
  }
  return texts.join('\n');
}

/** Whether `key` is used in `source`: literally, or through a dynamic prefix with the rest named. */
function used(key: string, source: string): boolean {
  if (source.includes(key)) return true;
  const parts = key.split('.');
  for (let i = parts.length - 1; i >= 1; i--) {
    const prefix = parts.slice(0, i).join('.') + '.';
    const dynamic = source.includes('`' + prefix + '${') || source.includes(`'${prefix}' +`) || source.includes(`"${prefix}" +`);
    if (!dynamic) continue;
    const rest = parts[i];
    if (/^\d+$/.test(rest)) return true; // numbered entries (e.g. `plan.sdg.${n}`)
    if (new RegExp(`['"\`]${rest.replace(/[-.]/g, '\\$&')}['"\`]|\\b${rest.replace(/[-.]/g, '\\$&')}\\s*:`).test(source)) return true;
  }
  return false;
}

const SOURCE_OF_CORE = ['/packages/core/src/index.ts'];

for (const pkg of PACKAGES) {
  describe(`strings of ${pkg.name} (${pkg.ns}.*)`, () => {
    for (const locale of LOCALES) {
      const reason = pkg.incomplete?.[locale];
      const test = reason ? it.skip : it;
      test(`${locale} has ja's keys and placeholders, no HTML, well-formed ruby${reason ? ` — INCOMPLETE: ${reason}` : ''}`, async () => {
        const bundle = await bundleOf(pkg);
        const ja = flatten(bundle.ja?.[pkg.ns] as Strings, pkg.ns + '.');
        const mine = bundle[locale]?.[pkg.ns] as Strings | undefined;
        const problems = compare(ja, mine ? flatten(mine, pkg.ns + '.') : undefined, locale, pkg.optional);
        expect(problems, problems.slice(0, 40).join('\n')).to.deep.equal([]);
      });
    }
    const unusedReason = pkg.incomplete?.unused;
    (unusedReason ? it.skip : it)(`every key is used by the source${unusedReason ? ` — INCOMPLETE: ${unusedReason}` : ''}`, async () => {
      const bundle = await bundleOf(pkg);
      const source = (await sourceOf(pkg.entries)) + (pkg.ns === 'core' || pkg.ns === 'schedule' ? '' : await sourceOf(SOURCE_OF_CORE));
      const unused = [...flatten(bundle.ja?.[pkg.ns] as Strings, pkg.ns + '.').keys()].filter((k) => !pkg.built?.test(k) && !used(k, source));
      expect(unused, `unused keys:\n${unused.join('\n')}`).to.deep.equal([]);
    });
  });
}
