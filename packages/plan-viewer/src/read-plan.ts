import { ChiikiError, type DataSource } from '@chiiki/core';

/** Default fetch timeout (ms), as core's loader. */
const TIMEOUT_MS = 15_000;

/**
 * Reads the one JSON document a plan is. Core's `loadRecords` reads lists of records (and unwraps an
 * object without `id`/`name`/`title` into its first array, which would turn a broken plan into a list
 * of goals), so the plan viewer reads the document itself, with the same error codes: `fetch-failed`,
 * `http-status`, `timeout`, `parse-failed`, `empty`. Aborting rejects with the signal's reason.
 */
export async function readPlanDocument(source: DataSource, signal?: AbortSignal): Promise<unknown> {
  if (source.kind === 'value') return source.value;
  let text: string;
  if (source.kind === 'text') text = source.text;
  else if (source.kind === 'bytes') text = new TextDecoder().decode(source.bytes);
  else text = await fetchText(source.url, signal);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new ChiikiError('empty', 'The plan document is empty.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ChiikiError('parse-failed', `Not valid JSON: ${(error as Error).message}`);
  }
  if (value === null) throw new ChiikiError('empty', 'The plan document is empty (null).');
  return value;
}

async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, TIMEOUT_MS);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
    } catch (error) {
      if (signal?.aborted) throw error;
      if (timedOut) throw new ChiikiError('timeout', `No answer from ${url} within ${TIMEOUT_MS / 1000} s.`);
      throw new ChiikiError('fetch-failed', String(error));
    }
    if (!response.ok) throw new ChiikiError('http-status', `HTTP ${response.status}`);
    return await response.text();
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
