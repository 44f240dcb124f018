import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CsvReader } from '@chiiki/core';

/**
 * Our CSV reader checked against papaparse (the well-kept parser) on generated tables: quotes,
 * commas, CR, LF and CRLF inside fields, Japanese text, empty fields. papaparse is CommonJS/UMD, so the
 * test loads its browser build as a classic script.
 */
interface PapaLike {
  parse(text: string, config: Record<string, unknown>): { data: string[][] };
}

async function loadPapa(): Promise<PapaLike> {
  const w = window as unknown as { Papa?: PapaLike };
  if (w.Papa) return w.Papa;
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/papaparse/papaparse.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('papaparse not served'));
    document.head.append(script);
  });
  return w.Papa!;
}

const quote = (v: string) => (/[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replaceAll('"', '""')}"` : v);
const ours = (text: string) => {
  const reader = new CsvReader(text, ',');
  const out: string[][] = [];
  for (let r = reader.next(); r; r = reader.next()) out.push(r.fields);
  return out;
};

describe('CSV reader agrees with papaparse', function () {
  this.timeout(60_000);

  it('on 300 generated tables (CRLF files)', async () => {
    const Papa = await loadPapa();
    const cell = fc.stringMatching(/^[a-zあ-ん漢字 ,"\r\n]{0,8}$/);
    const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }).map((rows) =>
        rows.filter((row) => row.some((v) => v.trim() !== '')),
      ),
    );
    fc.assert(
      fc.property(table, (rows) => {
        const text = rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
        const papa = Papa.parse(text, { delimiter: ',', newline: '\r\n', skipEmptyLines: 'greedy' }).data;
        expect(ours(text)).to.deep.equal(papa);
        expect(ours(text)).to.deep.equal(rows);
      }),
      { numRuns: 300 },
    );
  });
});
