import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { loadSalons, parseJsonSliced } from '@chiiki/core';

/** Parses with tiny sizes so that every path (cuts, batches, the skeleton) runs on small inputs. */
const sliced = (text: string) => parseJsonSliced(text, undefined, { whole: 0, batch: 4 });

async function outcome(run: () => Promise<unknown>): Promise<{ value?: unknown; error?: string }> {
  try {
    return { value: await run() };
  } catch (error) {
    return { error: (error as Error).name };
  }
}

describe('parseJsonSliced (large JSON in time slices)', () => {
  it('equals JSON.parse on roots, wrappers and strings that look like structure', async () => {
    for (const text of [
      '[]',
      '[ ]',
      '[1,2,3,4,5,6,7,8,9,10]',
      '[{"a":"},{\\"]","b":[1,[2,{"c":"\\\\"}]]},{"d":"\\\\\\""}, {"e":null} ,"x,y"]',
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"[サロン]"}},{"type":"Feature"}],"name":"n"}',
      '{"salons":[1,2,3],"meta":{"list":[4,5]},"more":[6,7,8,9,10,11]}',
      '{"__proto__":[1,2,3,4,5],"constructor":{"prototype":[1]}}',
      '{"a":{"__proto__":[1,2,3,4,5],"b":{"c":[[1],[2],[3]],"d":"[x]"}},"e":[]}',
      '{"a":[1],"a":[2,3,4,5,6]}',
      '"a long string with [brackets], {braces} and \\"quotes\\""',
      '42',
      '  [ [ [ ] ] , { } ]  ',
    ]) {
      expect(await sliced(text), text).to.deep.equal(JSON.parse(text));
    }
  });

  it('cuts arrays at any depth, not only the root or its values (no JSON.parse of the whole text)', async () => {
    const items = Array.from({ length: 2000 }, (_, i) => ({ name: `サロン${i}`, tags: [i, `t${i}`], at: { lat: 35, lng: 139 } }));
    for (const doc of [
      { data: { salons: items } },
      { meta: { version: 1 }, payload: { inner: { deeper: items, other: [1, 2] } }, list: [] },
      [{ nested: items }],
    ]) {
      const text = JSON.stringify(doc);
      const lengths: number[] = [];
      const parse = JSON.parse;
      JSON.parse = ((t: string, reviver?: (key: string, value: unknown) => unknown) => {
        lengths.push(t.length);
        return parse(t, reviver);
      }) as typeof JSON.parse;
      let value: unknown;
      try {
        value = await parseJsonSliced(text, undefined, { whole: 0, batch: 4096 });
      } finally {
        JSON.parse = parse;
      }
      expect(value).to.deep.equal(parse(text));
      // `[{ nested: items }]` is one item of the root array: that item is parsed in one piece.
      if (!Array.isArray(doc)) expect(Math.max(...lengths), 'longest piece').to.be.lessThan(4096 + 200);
    }
  });

  it('keeps `__proto__` an own key and pollutes nothing', async () => {
    const value = (await sliced('{"__proto__":[{"polluted":1},2,3,4,5,6]}')) as Record<string, unknown>;
    expect(Object.keys(value)).to.deep.equal(['__proto__']);
    expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('rejects what JSON.parse rejects, also at a cut (trailing comma, wrong closing bracket, truncation)', async () => {
    for (const text of ['[1,2,3,4,5,6,7,8,]', '[1,2,3,4,5,6,7,8}', '[1,2,3,4,5,6,7,', '{"a":[1,2,3,4,5]', '["open', '[1,2] x', '][', '{"a":[1,2,3,4,5,6]]}', '[,1,2,3,4,5,6]']) {
      expect(await outcome(() => sliced(text)), text).to.deep.equal({ error: 'SyntaxError' });
      expect(() => JSON.parse(text), text).to.throw(SyntaxError);
    }
  });

  it('property: any JSON value, and any string of JSON punctuation, gives what JSON.parse gives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: 1, max: 64 }), async (value, batch) => {
        const text = JSON.stringify(value, null, batch % 3 === 0 ? 1 : undefined);
        expect(await parseJsonSliced(text, undefined, { whole: 0, batch })).to.deep.equal(JSON.parse(text));
      }),
      { seed: 20261125, numRuns: 300 },
    );
    const chars = fc.constantFrom(...'[]{}",:\\ 1a'.split(''), '"a"', '[1,2]', '{"k":[3]}');
    await fc.assert(
      fc.asyncProperty(fc.array(chars, { maxLength: 40 }), async (parts) => {
        const text = parts.join('');
        const expected = await outcome(async () => JSON.parse(text) as unknown);
        expect(await outcome(() => sliced(text)), text).to.deep.equal(expected);
      }),
      { seed: 20261125, numRuns: 1000 },
    );
  });

  it('a JSON text over 1 M characters loads through the loader exactly (sliced path)', async function () {
    this.timeout(60_000);
    const items = Array.from({ length: 12_000 }, (_, i) => ({ id: `s${i}`, name: `サロン "${i}" [x], {y}`, address: `さくら町${i}`, lat: 32.88, lng: 130.86, audiences: ['elderly'] }));
    items[5000] = { id: 'bad', name: '', address: 'さくら町', lat: 32.88, lng: 130.86, audiences: [] };
    const text = JSON.stringify({ type: 'FeatureCollection', features: items.map((p) => ({ type: 'Feature', properties: p, geometry: null })) });
    expect(text.length).to.be.greaterThan(1 << 20);
    const result = await loadSalons({ kind: 'text', text, name: 'big.geojson' });
    expect([result.total, result.loaded, result.rejected]).to.deep.equal([12_000, 11_999, 1]);
    expect(result.records[0]!.name).to.equal('サロン "0" [x], {y}');
    const truncated = await outcome(() => loadSalons({ kind: 'text', text: text.slice(0, -3), name: 'big.geojson' }));
    expect(truncated.error).to.equal('ChiikiError');
  });
});
