import { ChiikiError, DEFAULT_TIMEOUT_MS, decodeBytes, parseJsonSliced, type DataSource } from '@chiiki/core';

/**
 * Reads the one JSON document a plan is, with core's error codes: `fetch-failed`, `http-status`,
 * `timeout`, `parse-failed`, `empty`. Aborting rejects with the signal's reason.
 *
 * Core's `loadRecords` reads lists of records (and unwraps an object without `id`/`name`/`title` into
 * its first array, which would turn a broken plan into a list of goals), so only the fetch is the plan
 * viewer's own; decoding (byte-order mark, UTF-8, else Shift_JIS) and parsing in time slices (a
 * 10,000-node plan never parses in one long task) are core's `decodeBytes` and `parseJsonSliced`, the
 * timeout core's `DEFAULT_TIMEOUT_MS`. (Core keeps its `fetchBytes` private; exported, it would replace
 * `fetchBytes` below.)
 */
export async function readPlanDocument(source: DataSource, signal?: AbortSignal): Promise<unknown> {
  if (source.kind === 'value') return source.value;
  let text: string;
  if (source.kind === 'text') text = source.text;
  else {
    const bytes = source.kind === 'bytes' ? source.bytes : await fetchBytes(source.url, signal);
    text = await decodeBytes(bytes, 'auto', signal);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new ChiikiError('empty', 'The plan document is empty.');
  let value: unknown;
  try {
    value = await parseJsonSliced(text, signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ChiikiError('parse-failed', `Not valid JSON: ${(error as Error).message}`);
  }
  if (value === null) throw new ChiikiError('empty', 'The plan document is empty (null).');
  return value;
}

/** The document's bytes; the timeout and the caller's signal are raced against the fetch and the body. */
async function fetchBytes(url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new ChiikiError('timeout', `No answer from ${url} within ${DEFAULT_TIMEOUT_MS / 1000} s.`));
      controller.abort();
    }, DEFAULT_TIMEOUT_MS);
    onAbort = () => {
      reject(signal?.reason ?? new DOMException('The read was aborted.', 'AbortError'));
      controller.abort();
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
  stop.catch(() => undefined); // settled by whichever race reads it; never an unhandled rejection
  try {
    let response: Response;
    try {
      response = await Promise.race([fetch(url, { signal: controller.signal, credentials: 'omit' }), stop]);
    } catch (error) {
      if (error instanceof ChiikiError || signal?.aborted) throw error;
      throw new ChiikiError('fetch-failed', `Could not fetch ${url}: ${String(error)}`);
    }
    if (!response.ok) throw new ChiikiError('http-status', `HTTP ${response.status}`);
    try {
      return await Promise.race([response.arrayBuffer(), stop]);
    } catch (error) {
      if (error instanceof ChiikiError || signal?.aborted) throw error;
      throw new ChiikiError('fetch-failed', `Could not read ${url}: ${String(error)}`);
    }
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}
