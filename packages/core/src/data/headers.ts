/** Header and cell normalisation shared by every table format (PRODUCT.md §3: "headers normalised with NFKC"). */

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const OPEN = /[【〔［[｛{〈《]/g;
const CLOSE = /[】〕］\]｝}〉》]/g;
const SPACES = /\s+/g;

/**
 * A header as we compare it: NFKC (full-width letters, digits and brackets to ASCII), dash variants to
 * `-`, bracket variants to `(` `)`, no spaces. Case is kept (model keys such as `nameKana` are camelCase);
 * `headerKey` adds lower case for alias look-ups.
 */
export function normalizeHeader(header: string): string {
  return (
    header
      .normalize('NFKC')
      .replace(DASHES, '-')
      .replace(OPEN, '(')
      .replace(CLOSE, ')')
      .replace(SPACES, '')
      // A long-vowel mark typed for a dash right after a bracket: 運営日（平日）ー開始. (Not elsewhere: コード.)
      .replace(/\)ー/g, ')-')
  );
}

/** The key under which aliases are looked up: the normalised header in lower case. */
export function headerKey(header: string): string {
  return normalizeHeader(header).toLowerCase();
}

const LINE_BREAK_MARK = /[（(]改行[）)]/g;

/** A cell as published: trimmed, `（改行）` written for a line break turned back into one. Empty → undefined. */
export function cleanCell(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const out = value.replace(LINE_BREAK_MARK, '\n').replace(/\r\n?/g, '\n').trim();
  return out === '' ? undefined : out;
}

/** Sets `value` at a dot path (`schedule.rrule`) in `target`, creating objects on the way; unsafe keys are ignored. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  if (keys.some((k) => k === '__proto__' || k === 'constructor' || k === 'prototype' || k === '')) return;
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node = next && typeof next === 'object' && !Array.isArray(next) ? (next as Record<string, unknown>) : (node[key] = {});
  }
  node[keys[keys.length - 1]!] = value;
}

/** Turns header cells into unique row keys: normalised, a repeated header gets `_2`, `_3`… */
export function uniqueHeaders(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = normalizeHeader(cell) || `column${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  });
}
