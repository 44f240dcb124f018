import { defineConfig, parseAst, type Plugin, type UserConfig } from 'vite';
import MagicString from 'magic-string';

/**
 * Library builds of the distribution into packages/widgets/dist (PRODUCT.md §1):
 * - default mode: ES modules — chiiki-widgets.js, one module per element, embed.js — with shared chunks
 *   named after what they hold (`chunks/i18next-lit-*.js`: i18next, Lit, core's i18n and theme, what every
 *   element loads first; `chunks/core-*.js`, `chunks/salon-finder-*.js`, `chunks/leaflet-*.js` …).
 *   Leaflet is reached only through a dynamic import, so its chunk loads only when a map is shown;
 *   our css templates lose their indentation and comments (squeezeCssTemplates);
 * - `--mode iife`: chiiki-widgets.iife.js, a classic script with everything, exposing `window.Chiiki`
 *   (a classic script cannot load chunks, so Leaflet is inlined there);
 * - `--mode loader`: chiiki-loader.js, the classic-script autoloader;
 * - `--mode frameworks`: the React 19 and Vue 3 embed pages (demo/embed/react, demo/embed/vue) built
 *   into demo/embed/dist/ — they load the elements from the built distribution at run time.
 * `npm run build` runs all of them (scripts/build.mjs).
 */
const src = 'packages/widgets/src';
const outDir = 'packages/widgets/dist';

/**
 * Leaflet 1.9 probes inline-SVG support with `div.innerHTML = '<svg/>'` when its module is evaluated,
 * which throws on a page that enforces Trusted Types (PRODUCT.md §2). Every browser with SVG parses
 * inline SVG, so the distribution replaces the probe with its answer.
 */
const leafletTrustedTypes: Plugin = {
  name: 'chiiki-leaflet-trusted-types',
  transform(code, id) {
    if (!/leaflet[\\/]dist[\\/]leaflet-src\.esm\.js$/.test(id)) return null;
    const probe = /var inlineSvg = !!svg\$1 && \(function \(\) \{[\s\S]*?\}\)\(\);/;
    if (!probe.test(code)) this.error('Leaflet inline-SVG probe not found: check it still avoids innerHTML');
    return { code: code.replace(probe, () => 'var inlineSvg = !!svg$1;'), map: null };
  },
};

/**
 * Squeezes the CSS of one quasi of a Lit `css` template: comments dropped, each run of whitespace one
 * space, none next to `{ } ; ,` or after `:`, no `;` before `}`. Quoted strings are copied as they
 * are; in a custom property's value (`--x: a, b`, where whitespace is part of the value) only runs of
 * whitespace shrink. `start` / `end`: the quasi begins / ends the template (else an interpolation is
 * next to it, and one space stays there unless a `{ } ; ,` makes it useless).
 */
export function squeezeCss(raw: string, start: boolean, end: boolean): string {
  let out = '';
  let space = false;
  let i = 0;
  /** Where the current declaration (or selector) began in `out`; whether it is a custom property's value. */
  let declaration = 0;
  let custom = false;
  const tight = () => (custom ? '{};' : '{};,');
  const emit = (text: string) => {
    const prev = out.at(-1);
    if (space && (out || !start) && !tight().includes(text[0]!) && !(prev && `${tight()}:`.includes(prev))) out += ' ';
    if (text === '}' && prev === ';') out = out.slice(0, -1);
    space = false;
    if (text === ':' && !custom && out.slice(declaration).trimStart().startsWith('--')) custom = true;
    out += text;
    if (text === ';' || text === '{' || text === '}') [declaration, custom] = [out.length, false];
  };
  while (i < raw.length) {
    const c = raw[i]!;
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < raw.length && raw[j] !== c) j += raw[j] === '\\' ? 2 : 1;
      emit(raw.slice(i, j + 1));
      i = j + 1;
    } else if (c === '/' && raw[i + 1] === '*') {
      const close = raw.indexOf('*/', i + 2);
      i = close < 0 ? raw.length : close + 2;
      space = true;
    } else if (/\s/.test(c)) {
      i++;
      space = true;
    } else {
      emit(c === '\\' ? raw.slice(i, i + 2) : c);
      i += c === '\\' ? 2 : 1;
    }
  }
  if (space && !end && !(out && `${tight()}:`.includes(out.at(-1)!))) out += ' ';
  return out;
}

/** The stylesheet as lightningcss minifies it (interpolations as placeholder rules); undefined if unreadable. */
function canonicalCss(lightning: typeof import('lightningcss'), quasis: string[]): string | undefined {
  const text = quasis.reduce((all, quasi, i) => (i ? `${all}.chiiki-slot-${i}{--slot:${i}}` : '') + quasi, '');
  try {
    return lightning.transform({ filename: 'template.css', code: Buffer.from(text), minify: true }).code.toString();
  } catch {
    return undefined;
  }
}

interface TemplateNode {
  type?: string;
  tag?: { type: string; name?: string };
  quasi?: { quasis: { start: number; end: number; value: { raw: string } }[] };
}

/**
 * The distribution's Lit `css` templates without their indentation and comments (our own sources
 * only: the CSS of the first paint is part of PRODUCT.md §7's 30 KB badge page). Only whitespace and
 * comments go, and each template is checked: lightningcss minifies it as written and as squeezed, and
 * it is kept as written unless both give the same stylesheet (or when it holds a backslash, or
 * lightningcss is missing). Only in our own builds (CHIIKI_DIST): Storybook also reads this file.
 */
const squeezeCssTemplates: Plugin = {
  name: 'chiiki-squeeze-css-templates',
  async transform(code, id) {
    if (!/[\\/]packages[\\/][^\\/]+[\\/]src[\\/].+\.ts$/.test(id) || !code.includes('css`')) return null;
    const lightning = await import('lightningcss').catch(() => undefined);
    if (!lightning) {
      this.warn('lightningcss is not installed: css templates kept as written');
      return null;
    }
    const out = new MagicString(code);
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(visit);
      const n = node as TemplateNode;
      if (n.type === 'TaggedTemplateExpression' && n.tag?.type === 'Identifier' && n.tag.name === 'css' && n.quasi) {
        const quasis = n.quasi.quasis;
        const raws = quasis.map((q) => q.value.raw);
        const squeezed = raws.map((raw, i) => squeezeCss(raw, i === 0, i === raws.length - 1));
        const before = raws.some((raw) => raw.includes('\\')) ? undefined : canonicalCss(lightning, raws);
        if (before === undefined || before !== canonicalCss(lightning, squeezed)) this.warn(`css template in ${id} kept as written (its squeezed form could not be checked)`);
        // A quasi's span is its raw text, or (oxc) that text with the template's delimiters around it.
        else
          quasis.forEach((q, i) => {
            const at = code.startsWith(raws[i]!, q.start) && q.end - q.start === raws[i]!.length ? q.start : q.start + 1;
            if (code.slice(at, at + raws[i]!.length) !== raws[i]) throw new Error(`css template in ${id}: quasi not found at ${q.start}`);
            if (squeezed[i]) out.overwrite(at, at + raws[i]!.length, squeezed[i]!);
            else if (raws[i]) out.remove(at, at + raws[i]!.length);
          });
      }
      for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
    };
    visit(parseAst(code, { lang: 'ts' }, id));
    return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: 'boundary', source: id }) } : null;
  },
};

const shared: UserConfig = {
  plugins: [leafletTrustedTypes, ...(process.env.CHIIKI_DIST ? [squeezeCssTemplates] : [])],
  // Asset URLs (the clustering worker) relative to the module that uses them, so dist/ works from any
  // folder. Only in our own builds (scripts/build.mjs): Storybook also reads this file.
  ...(process.env.CHIIKI_DIST ? { base: './' } : {}),
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  logLevel: 'warn',
};

/** Which package (workspace folder or npm package) a module belongs to. */
function owner(id: string): string {
  const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (npm) return npm[1]!;
  const workspace = /packages\/([^/]+)\//.exec(id);
  return workspace ? workspace[1]! : 'app';
}

/**
 * Shared-chunk groups. What every element needs before its first paint is one chunk, `i18next-lit`: Lit,
 * i18next, core's i18n (LocaleController, the first-load ja/en strings, the lazy-locale table) and
 * theme tokens, and the decorator helper — one file to download instead of four (each file is
 * compressed on its own, so fewer files are fewer bytes: PRODUCT.md §7's 30 KB badge page). Nothing
 * in it is left out of any element's first load. Lit's directives (repeat, live, guard…) are a chunk of
 * their own, loaded only by the elements that use them: the consultation badge page never needs them.
 * `i18next-lit` has the higher priority: a group also captures the dependencies of its modules, and
 * lit-html itself must stay in `i18next-lit`. (A short name: every chunk that imports it spells it.)
 */
const LIT_DIRECTIVE = /node_modules[\\/](lit|lit-html)[\\/](directives[\\/]|directive(-helpers)?\.js|async-directive\.js)/;
/** Core's modules in every element's first load (not its lazily loaded locales nor the words of errors). */
const FIRST_LOAD_CORE = /packages[\\/]core[\\/]src[\\/](i18n[\\/](locales|instance|first-strings|lazy-strings|core-locales|locale-controller|ruby)\.ts|theme[\\/]tokens\.ts)$/;
const LIBRARY_GROUPS = [
  { name: 'lit-directives', test: LIT_DIRECTIVE, priority: 20 },
  {
    name: 'i18next-lit',
    test: (id: string) =>
      (/node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element|i18next)[\\/]/.test(id) && !LIT_DIRECTIVE.test(id)) ||
      FIRST_LOAD_CORE.test(id) ||
      /^\0@oxc-project\+runtime@[^/]+\/helpers\/(esm\/)?decorate\.js$/.test(id),
    priority: 30,
  },
  { name: 'leaflet', test: /node_modules[\\/]leaflet[\\/]/, priority: 30 },
];

/**
 * A readable name for an automatically split chunk: the packages it holds (largest first). Keeps
 * `chunks/define-[hash].js` from appearing four times.
 */
function chunkName(chunk: { name: string; moduleIds: string[] }): string {
  if (LIBRARY_GROUPS.some((group) => group.name === chunk.name)) return chunk.name;
  const modules = chunk.moduleIds.filter((id) => !id.startsWith('\0'));
  const owners = [...new Set(modules.map(owner))];
  if (owners.length === 0) return chunk.name;
  // A lazily loaded single module (a locale, a CSV parser…): `<package>-<file>`.
  const file = /([^/\\]+)\.[cm]?[jt]s$/.exec(modules[0]!)?.[1];
  if (modules.length === 1 && file && !['index', 'define'].includes(file) && file !== owners[0])
    return `${owners[0]}-${file}`.replace(/^@/, '').replace(/[^a-z0-9+._-]+/gi, '-');
  const name = owners.slice(0, 2).join('+') + (owners.length > 2 ? '+more' : '');
  return name.replace(/^@/, '').replace(/[^a-z0-9+._-]+/gi, '-');
}

export default defineConfig(({ mode }) => {
  if (mode === 'frameworks') {
    return {
      ...shared,
      root: 'demo/embed',
      base: './',
      publicDir: false,
      build: {
        target: 'es2022',
        outDir: 'dist',
        emptyOutDir: true,
        minify: true,
        rollupOptions: { input: { react: 'demo/embed/react/index.html', vue: 'demo/embed/vue/index.html' } },
      },
      define: {
        ...shared.define,
        __VUE_OPTIONS_API__: 'false',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    };
  }
  if (mode === 'iife' || mode === 'loader') {
    const iife = mode === 'iife';
    return {
      ...shared,
      define: { ...shared.define, ...(iife ? { 'import.meta.url': '__chiikiScriptUrl' } : {}) },
      // Asset URLs resolve against the script's URL captured at load (`document.currentScript` is null later).
      experimental: {
        renderBuiltUrl: (filename: string) => ({ runtime: `new URL(${JSON.stringify(filename)}, __chiikiScriptUrl).href` }),
      },
      publicDir: false,
      build: {
        target: 'es2022',
        outDir,
        emptyOutDir: false,
        minify: true,
        sourcemap: iife,
        lib: {
          entry: iife ? `${src}/iife.ts` : `${src}/loader.ts`,
          name: iife ? 'Chiiki' : 'ChiikiLoader',
          formats: ['iife'],
          fileName: () => (iife ? 'chiiki-widgets.iife.js' : 'chiiki-loader.js'),
        },
        // A classic script cannot load chunks: Leaflet's dynamic import is inlined into the IIFE.
        // `import.meta.url` (the clustering worker's URL) becomes the script's own URL, read at load time.
        rollupOptions: {
          output: {
            codeSplitting: false,
            ...(iife ? { intro: 'const __chiikiScriptUrl = document.currentScript?.src || location.href;' } : {}),
          },
        },
      },
    };
  }
  return {
    ...shared,
    publicDir: 'packages/widgets/public',
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: true,
      minify: true,
      sourcemap: true,
      // .vite/manifest.json: which chunks each entry loads first; `npm run size` reads it.
      manifest: true,
      lib: {
        entry: {
          'chiiki-widgets': `${src}/chiiki-widgets.ts`,
          'salon-finder': `${src}/salon-finder.ts`,
          'consultation-badge': `${src}/consultation-badge.ts`,
          'support-matcher': `${src}/support-matcher.ts`,
          'plan-viewer': `${src}/plan-viewer.ts`,
          embed: `${src}/embed.ts`,
        },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rollupOptions: {
        output: {
          chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}-[hash].js`,
          codeSplitting: { groups: LIBRARY_GROUPS },
          minify: true,

        },
      },
    },
  };
});
