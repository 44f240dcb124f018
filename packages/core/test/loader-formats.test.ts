import { expect } from '@open-wc/testing';
import { loadRecords, loadSalons, salonKind, type Salon } from '@chiiki/core';

const FIXTURES = '/packages/core/test/fixtures/';
const url = (name: string) => ({ kind: 'url' as const, url: FIXTURES + name });

/** The fields every layout can carry. */
const common = (s: Salon) => ({
  name: s.name,
  nameKana: s.nameKana,
  address: s.address,
  lat: s.lat,
  lng: s.lng,
  phone: s.contact?.phone,
  organization: s.contact?.organization,
  schedule: s.schedule,
});
/** Real UTF-16 bytes with a byte-order mark, made from the UTF-8 fixture. */
async function utf16(name: string, littleEndian: boolean): Promise<ArrayBuffer> {
  const text = await (await fetch(FIXTURES + name)).text();
  const view = new DataView(new ArrayBuffer(2 + text.length * 2));
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return view.buffer;
}
const withoutId = ({ id: _id, ...rest }: Salon) => rest;

describe('every header set gives the same salons', function () {
  this.timeout(60_000);

  it('MHLW 通いの場 (Shift_JIS, 38 columns) equals our JSON model exactly, ids from 市区町村コード + No', async () => {
    const mhlw = await loadSalons(url('salons-mhlw.sjis.csv'));
    const json = await loadSalons(url('salons-model.json.txt'));
    expect(mhlw.problems).to.deep.equal([]);
    expect(json.problems).to.deep.equal([]);
    expect([mhlw.total, mhlw.loaded, mhlw.rejected]).to.deep.equal([3, 3, 0]);
    expect(mhlw.records).to.deep.equal(json.records);
    expect(mhlw.records.map((s) => s.id)).to.deep.equal(['434035-1', '434035-2', '434035-3']);
  });

  it('the same MHLW file in UTF-8 reads the same', async () => {
    const [sjis, utf8] = await Promise.all([loadSalons(url('salons-mhlw.sjis.csv')), loadSalons(url('salons-mhlw.csv'))]);
    expect(utf8.records).to.deep.equal(sjis.records);
  });

  it('GeoJSON FeatureCollection of Points (properties = the model) equals the JSON model', async () => {
    const [geo, json] = await Promise.all([loadSalons(url('salons.geojson')), loadSalons(url('salons-model.json.txt'))]);
    expect(geo.problems).to.deep.equal([]);
    expect(geo.records).to.deep.equal(json.records);
  });

  it('ODS 公共施設一覧 legacy (UTF-8 BOM) and 正式版 (UTF-16 LE and BE) read the same salons', async () => {
    const [legacy, le, be] = await Promise.all([
      loadSalons(url('salons-ods-legacy.csv')),
      utf16('salons-ods.csv', true).then((bytes) => loadSalons({ kind: 'bytes', bytes })),
      utf16('salons-ods.csv', false).then((bytes) => loadSalons({ kind: 'bytes', bytes }, { encoding: 'utf-16' })),
    ]);
    expect(legacy.problems).to.deep.equal([]);
    expect(le.problems).to.deep.equal([]);
    expect(legacy.records.map(withoutId)).to.deep.equal(le.records.map(withoutId));
    expect(be.records).to.deep.equal(le.records);
    expect(legacy.records.map((s) => s.id)).to.deep.equal(['1', '2', '3']);
  });

  it('the fields both generations carry equal the MHLW / JSON salons (利用可能曜日 → weekly rule)', async () => {
    const [legacy, ods, json] = await Promise.all([
      loadSalons(url('salons-ods-legacy.csv')),
      loadSalons(url('salons-ods.csv')),
      loadSalons(url('salons-model.json.txt')),
    ]);
    expect(legacy.records.map(common)).to.deep.equal(json.records.map(common));
    expect(ods.records.map(common)).to.deep.equal(json.records.map(common));
    expect(json.records[0]!.schedule).to.deep.equal({
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
      start: '10:00',
      end: '15:00',
      skipHolidays: true,
    });
  });

  it('MHLW keywords: 対象者 / 活動内容 → codes, text kept; 料金体系, 定員, 送迎 flag 1/0, ステータス', async () => {
    const { records } = await loadSalons(url('salons-mhlw.sjis.csv'));
    expect(records[0]).to.deep.include({
      audiences: ['elderly'],
      audiencesText: '地域の高齢者',
      activities: ['exercise', 'tea'],
      activitiesText: '体操、お茶会',
      fee: { amount: 100, text: '1回100円' },
      capacity: 20,
      transport: true,
      status: 'active',
      district: '桜地区',
    });
    expect(records[1]).to.deep.include({ audiences: ['everyone'], activities: ['music', 'games'], fee: { amount: 0, text: '無料' }, transport: false });
    expect(records[2]!.audiences).to.deep.equal(['parenting']);
    expect(records[2]!.activities).to.equal(undefined);
    expect(records[2]!.activitiesText).to.equal('手遊び、絵本の読み聞かせ');
  });

  it('イベント一覧: each row one dated meeting; rows with the same 名称 and place form one salon', async () => {
    const result = await loadSalons(url('salons-events.csv'));
    expect([result.total, result.loaded, result.rejected]).to.deep.equal([4, 4, 0]);
    expect(result.records).to.have.length(2);
    const [sakura, hinata] = result.records;
    expect(sakura).to.deep.include({ id: 'E1', name: 'ふれあいサロン', venue: '桜公民館' });
    expect(sakura!.schedule).to.deep.equal({ dates: ['2026-11-24', '2026-12-08', '2027-01-12'], start: '10:00', end: '12:00' });
    expect(hinata).to.deep.include({ id: 'E3', venue: '向日集会所' });
    expect(hinata!.schedule!.dates).to.deep.equal(['2026-12-22']);
    expect(sakura!.contact).to.deep.equal({ phone: '096-000-4444', url: 'https://example.jp/salon', organization: 'さくら町社協' });
  });
});

describe('format detection and JSON shapes', () => {
  const names = (r: { records: Salon[] }) => r.records.map((s) => s.name);

  it('reads a JSON array, an object holding an array, a single object and inline text', async () => {
    expect(names(await loadSalons({ kind: 'value', value: [{ name: 'A' }, { name: 'B' }] }))).to.deep.equal(['A', 'B']);
    expect(names(await loadSalons({ kind: 'value', value: { items: [{ name: 'A' }] } }))).to.deep.equal(['A']);
    expect(names(await loadSalons({ kind: 'value', value: { name: 'Solo' } }))).to.deep.equal(['Solo']);
    expect(names(await loadSalons({ kind: 'text', text: '[{"name":"T"}]' }))).to.deep.equal(['T']);
  });

  it('a GeoJSON Feature id is the salon id when the properties have none; non-Point geometry gives no pin', async () => {
    const result = await loadSalons({
      kind: 'value',
      value: {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', id: 42, geometry: { type: 'Point', coordinates: [130.87, 32.88] }, properties: { name: 'A' } },
          { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { name: 'B' } },
        ],
      },
    });
    expect(result.records.map((s) => [s.id, s.lat ?? null])).to.deep.equal([
      ['42', 32.88],
      [result.records[1]!.id, null],
    ]);
    expect(result.problems.map((p) => [p.row, p.reason])).to.deep.equal([[2, 'coordinates-missing']]);
  });

  it('treats text that is not JSON as CSV, and honours an explicit format', async () => {
    expect(names(await loadSalons({ kind: 'text', text: 'name\nCSV salon\n' }))).to.deep.equal(['CSV salon']);
    const forced = loadSalons({ kind: 'text', text: 'name\nx\n' }, { format: 'json' });
    await forced.then(
      () => expect.fail('should reject'),
      (error) => expect(error.code).to.equal('parse-failed'),
    );
    const notGeo = loadSalons({ kind: 'value', value: [{ name: 'x' }] }, { format: 'geojson' });
    await notGeo.then(
      () => expect.fail('should reject'),
      (error) => expect(error.code).to.equal('parse-failed'),
    );
  });

  it('a JSON item that is not an object is rejected with invalid-record; counts still add up', async () => {
    const result = await loadSalons({ kind: 'value', value: [{ name: 'A' }, 42, null, ['x'], { name: 'B' }] });
    expect([result.total, result.loaded, result.rejected]).to.deep.equal([5, 2, 3]);
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.reason, p.severity])).to.deep.equal([
      [2, 'invalid-record', 'error'],
      [3, 'invalid-record', 'error'],
      [4, 'invalid-record', 'error'],
    ]);
  });

  it('an empty source is an `empty` error; an empty array is an empty result', async () => {
    for (const text of ['', '   \n  ']) {
      await loadSalons({ kind: 'text', text }).then(
        () => expect.fail('should reject'),
        (error) => expect(error.code).to.equal('empty'),
      );
    }
    const none = await loadSalons({ kind: 'value', value: [] });
    expect([none.total, none.loaded, none.rejected, none.records.length]).to.deep.equal([0, 0, 0, 0]);
    const headerOnly = await loadSalons({ kind: 'text', text: '名称,住所\r\n' });
    expect(headerOnly.total).to.equal(0);
  });

  it('loadRecords with salonKind equals loadSalons, and a throwing kind only rejects the record', async () => {
    const value = [{ name: 'A' }];
    expect(await loadRecords({ kind: 'value', value }, salonKind)).to.deep.equal(await loadSalons({ kind: 'value', value }));
    const throwing = { name: 'bad', normalize: (raw: Record<string, unknown>) => { if (raw.boom) throw new Error('boom'); return raw; } };
    const result = await loadRecords({ kind: 'value', value: [{ a: 1 }, { boom: true }] }, throwing);
    expect([result.total, result.loaded, result.rejected]).to.deep.equal([2, 1, 1]);
    expect(result.problems[0]).to.include({ row: 2, reason: 'invalid-record', severity: 'error' });
  });
});
