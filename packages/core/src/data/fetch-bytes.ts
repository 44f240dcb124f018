import { ChiikiError } from './types.js';

/** Default fetch timeout (ms). */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Fetches a URL's bytes with the error codes of PRODUCT.md §2 (`fetch-failed`, `http-status`,
 * `timeout`); aborting `signal` rejects with its reason. The timeout and the signal are raced against
 * the fetch and the body, so that even a fetch that ignores its signal cannot hang an element.
 */
export async function fetchBytes(
  url: string,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<{ bytes: ArrayBuffer; contentType: string }> {
  const controller = new AbortController();
  const outer = options.signal;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new ChiikiError('timeout', `No answer from ${url} within ${timeoutMs} ms.`));
      controller.abort();
    }, timeoutMs);
    onAbort = () => {
      reject(outer?.reason ?? new DOMException('The read was aborted.', 'AbortError'));
      controller.abort();
    };
    if (outer?.aborted) onAbort();
    else outer?.addEventListener('abort', onAbort, { once: true });
  });
  stop.catch(() => undefined); // settled by whichever race reads it; never an unhandled rejection
  try {
    let response: Response;
    try {
      response = await Promise.race([fetch(url, { signal: controller.signal, credentials: 'omit' }), stop]);
    } catch (error) {
      if (error instanceof ChiikiError || outer?.aborted) throw error;
      throw new ChiikiError('fetch-failed', `Could not fetch ${url}: ${String(error)}`);
    }
    if (!response.ok) throw new ChiikiError('http-status', `HTTP ${response.status} for ${url}`);
    try {
      const bytes = await Promise.race([response.arrayBuffer(), stop]);
      return { bytes, contentType: response.headers.get('content-type') ?? '' };
    } catch (error) {
      if (error instanceof ChiikiError || outer?.aborted) throw error;
      throw new ChiikiError('fetch-failed', `Could not read ${url}: ${String(error)}`);
    }
  } finally {
    clearTimeout(timer);
    if (onAbort) outer?.removeEventListener('abort', onAbort);
  }
}
