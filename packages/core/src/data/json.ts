import { Slicer } from './slice.js';

/** Below this many characters one `JSON.parse` is a few milliseconds: parse at once. */
const WHOLE = 1 << 20;
/** Characters of array items handed to one `JSON.parse` (about 2–4 ms). */
const BATCH = 1 << 18;

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const COMMA = 44;

/**
 * `JSON.parse` in time slices, for texts too large to parse in one task (PRODUCT.md §7: no long task).
 * Every outermost array — the root array, or any array not inside another one, at whatever depth
 * (`features`, `salons`, `{"data": {"salons": [...]}}`) — is cut between its items into batches of
 * ~256 K characters, each parsed by `JSON.parse` (which checks it); the rest of the document (objects
 * and scalars only) is parsed once and the arrays are put back in their places.
 * The result equals `JSON.parse(text)`; invalid JSON throws a `SyntaxError`. Small texts are parsed at once.
 */
export async function parseJsonSliced(
  text: string,
  signal?: AbortSignal,
  /** Sizes in characters (tests use tiny ones): parse at once below `whole`; batches of `batch`. */
  { whole = WHOLE, batch: batchSize = BATCH } = {},
): Promise<unknown> {
  if (text.length < whole) return JSON.parse(text);
  const slicer = new Slicer(undefined, signal);
  const marker = `\u0000chiiki-array-${Math.random().toString(36).slice(2)}-`;
  const skeleton: string[] = [];
  const arrays: unknown[][] = [];
  let copyFrom = 0;
  let depth = 0;
  /** The array being cut: its items so far, the depth of its items, where the next batch starts, whether a comma was the last cut. */
  let cutting: { items: unknown[]; depth: number; from: number; afterComma: boolean } | undefined;

  const flush = (to: number, last: boolean) => {
    const batch = text.slice(cutting!.from, to);
    if (!batch.trim()) {
      if (cutting!.afterComma || !last) throw new SyntaxError(`Unexpected "," in JSON at position ${to}`);
      return;
    }
    const items = JSON.parse(`[${batch}]`) as unknown[];
    for (const item of items) cutting!.items.push(item);
  };

  for (let i = 0, steps = 0; i < text.length; i++) {
    if ((++steps & 4095) === 0 && slicer.due()) await slicer.next();
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Skip the string: the next quote not escaped by an odd number of backslashes.
      let end = text.indexOf('"', i + 1);
      while (end > 0) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end < 0) throw new SyntaxError('Unterminated string in JSON');
      i = end;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (c === OPEN_ARRAY && !cutting) {
        skeleton.push(text.slice(copyFrom, i));
        cutting = { items: [], depth: depth + 1, from: i + 1, afterComma: false };
      }
      depth++;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      depth--;
      if (cutting && depth === cutting.depth - 1) {
        if (c !== CLOSE_ARRAY) throw new SyntaxError(`Unexpected "}" in JSON at position ${i}`);
        flush(i, true);
        skeleton.push(JSON.stringify(marker + arrays.length));
        arrays.push(cutting.items);
        cutting = undefined;
        copyFrom = i + 1;
      }
    } else if (c === COMMA && cutting && depth === cutting.depth && i - cutting.from >= batchSize) {
      flush(i, false);
      cutting.from = i + 1;
      cutting.afterComma = true;
    }
  }
  if (cutting || depth !== 0) throw new SyntaxError('Unexpected end of JSON input');
  skeleton.push(text.slice(copyFrom));
  const value = JSON.parse(skeleton.join('')) as unknown;
  const arrayOf = (v: unknown) => (typeof v === 'string' && v.startsWith(marker) ? arrays[Number(v.slice(marker.length))] : undefined);
  const root = arrayOf(value);
  if (root) return root;
  // The skeleton holds objects and scalars only (every array was cut): walk its objects, put arrays back.
  const objects: unknown[] = [value];
  while (objects.length) {
    const object = objects.pop();
    if (!object || typeof object !== 'object') continue;
    for (const key of Object.keys(object)) {
      const child = (object as Record<string, unknown>)[key];
      const array = arrayOf(child);
      // defineProperty: a key named `__proto__` stays an own property, as JSON.parse makes it.
      if (array) Object.defineProperty(object, key, { value: array, enumerable: true, writable: true, configurable: true });
      else if (child && typeof child === 'object') objects.push(child);
    }
  }
  return value;
}
