import { ChiikiError, decodeBytes, fetchBytes, parseJsonSliced, type DataSource } from '@chiiki/core';

/**
 * Reads the one JSON document a plan is, with core's error codes: `fetch-failed`, `http-status`,
 * `timeout`, `parse-failed`, `empty`. Aborting rejects with the signal's reason.
 *
 * Core's `loadRecords` reads lists of records (and unwraps an object without `id`/`name`/`title` into
 * its first array, which would turn a broken plan into a list of goals), so this reads one document
 * with core's pieces: `fetchBytes` (timeout, abort, error codes), `decodeBytes` (byte-order mark, UTF-8,
 * else Shift_JIS) and `parseJsonSliced` (a 10,000-node plan never parses in one long task).
 */
export async function readPlanDocument(source: DataSource, signal?: AbortSignal): Promise<unknown> {
  if (source.kind === 'value') return source.value;
  let text: string;
  if (source.kind === 'text') text = source.text;
  else {
    const bytes = source.kind === 'bytes' ? source.bytes : (await fetchBytes(source.url, { signal })).bytes;
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
