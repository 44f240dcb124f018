import { expect } from '@open-wc/testing';
import { audiencesFromText, activitiesFromText, loadSalons, parseScheduleText, stableId, type Problem } from '@chiiki/core';

const value = (items: unknown[]) => ({ kind: 'value' as const, value: items });
const text = (csv: string) => ({ kind: 'text' as const, text: csv });
const brief = (problems: Problem[]) => problems.map((p) => [p.row, p.field, p.reason, p.severity]);

describe('coordinate checks', () => {
  it('reports each defect once as a warning and keeps the record without a pin', async () => {
    const result = await loadSalons(
      value([
        { name: 'ok', lat: 32.88, lng: 130.87 },
        { name: 'swapped', lat: 130.87, lng: 32.88 },
        { name: 'missing' },
        { name: 'one missing', lat: 32.88 },
        { name: 'zero', lat: 0, lng: 0 },
        { name: '999', lat: 999, lng: 999 },
        { name: 'abroad', lat: 48.85, lng: 2.35 },
        { name: 'text', lat: '北緯32度', lng: 130.87 },
        { name: 'string numbers', lat: '３２.８８', lng: ' 130.87 ' },
      ]),
    );
    expect([result.total, result.loaded, result.rejected]).to.deep.equal([9, 9, 0]);
    expect(brief(result.problems)).to.deep.equal([
      [2, 'lat', 'coordinates-swapped', 'warning'],
      [3, 'lat', 'coordinates-missing', 'warning'],
      [4, 'lat', 'coordinates-missing', 'warning'],
      [5, 'lat', 'coordinates-placeholder', 'warning'],
      [6, 'lat', 'coordinates-placeholder', 'warning'],
      [7, 'lat', 'coordinates-out-of-japan', 'warning'],
      [8, 'lat', 'invalid-type', 'warning'],
    ]);
    const pins = result.records.map((s) => (s.lat === undefined ? null : [s.lat, s.lng]));
    expect(pins).to.deep.equal([[32.88, 130.87], [32.88, 130.87], null, null, null, null, null, null, [32.88, 130.87]]);
  });
});

describe('names, ids and duplicates', () => {
  it('rejects a salon without a name (error) and keeps counting exactly', async () => {
    const result = await loadSalons(value([{ name: 'A' }, { name: '  ' }, { address: 'x' }, { name: 'B' }]));
    expect([result.total, result.loaded, result.rejected]).to.deep.equal([4, 2, 2]);
    expect(brief(result.problems.filter((p) => p.severity === 'error'))).to.deep.equal([
      [2, 'name', 'required', 'error'],
      [3, 'name', 'required', 'error'],
    ]);
  });

  it('uses the own id, else a stable hash of name + address that does not depend on order', async () => {
    const a = await loadSalons(value([{ id: 'own', name: 'A' }, { name: 'B', address: '桜1-2' }]));
    const b = await loadSalons(value([{ name: 'Z' }, { name: 'B', address: '桜1-2' }]));
    expect(a.records[0]!.id).to.equal('own');
    expect(a.records[1]!.id).to.equal(stableId('B', '桜1-2'));
    expect(b.records[1]!.id).to.equal(a.records[1]!.id);
    expect(a.records[1]!.id).to.match(/^h[0-9a-z]{1,11}$/);
  });

  it('distinct salons get distinct hash ids (53-bit hash: no collision in 100,000)', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 100_000; i++) ids.add(stableId(`サロン${i}`, `さくら町${i}`));
    expect(ids.size).to.equal(100_000);
  });

  it('a name of only zero-width or bidi control characters is no name', async () => {
    const result = await loadSalons(value([{ name: '\u200B\uFEFF' }, { name: '\u202E\u2066' }, { name: 'さくら\u200B会' }]));
    expect([result.loaded, result.rejected]).to.deep.equal([1, 2]);
    expect(result.records[0]!.name).to.equal('さくら\u200B会');
  });

  it('numeric ids become text; a repeated id gets a suffix and a duplicate-id warning', async () => {
    const result = await loadSalons(value([{ id: 7, name: 'A' }, { id: '7', name: 'B' }, { id: '7', name: 'C' }, { id: '7-2', name: 'D' }]));
    expect(result.records.map((s) => s.id)).to.deep.equal(['7', '7-2', '7-3', '7-2-2']);
    expect(brief(result.problems.filter((p) => p.field === 'id'))).to.deep.equal([
      [2, 'id', 'duplicate-id', 'warning'],
      [3, 'id', 'duplicate-id', 'warning'],
      [4, 'id', 'duplicate-id', 'warning'],
    ]);
    expect(result.loaded).to.equal(4);
  });

  it('MHLW No is combined with 市区町村コード; ODS NO / ID are used as they are', async () => {
    const mhlw = await loadSalons(text('No,市区町村コード,名称\n5,434035,A\n'));
    const legacy = await loadSalons(text('都道府県コード又は市区町村コード,NO,名称\n434035,12,A\n'));
    const formal = await loadSalons(text('全国地方公共団体コード,ID,名称\n434035,S-001,A\n'));
    expect([mhlw.records[0]!.id, legacy.records[0]!.id, formal.records[0]!.id]).to.deep.equal(['434035-5', '12', 'S-001']);
  });
});

describe('keywords → codes, text kept', () => {
  it('maps 対象者 wording to audiences', () => {
    expect(audiencesFromText('地域の高齢者（65歳以上）')).to.deep.equal(['elderly']);
    expect(audiencesFromText('子育て中の親子、未就園児')).to.deep.equal(['parenting']);
    expect(audiencesFromText('小学生')).to.deep.equal(['children']);
    expect(audiencesFromText('障がいのある方')).to.deep.equal(['disability']);
    expect(audiencesFromText('多世代交流')).to.deep.equal(['multigenerational']);
    expect(audiencesFromText('どなたでも')).to.deep.equal(['everyone']);
    expect(audiencesFromText('会員')).to.deep.equal([]);
  });

  it('maps 活動内容 wording to activities', () => {
    expect(activitiesFromText('いきいき百歳体操、茶話会')).to.deep.equal(['exercise', 'tea']);
    expect(activitiesFromText('会食・カラオケ・囲碁')).to.deep.equal(['meal', 'music', 'games']);
    expect(activitiesFromText('手芸、脳トレ、血圧測定、買い物ツアー')).to.deep.equal(['hobby', 'study', 'health', 'outing']);
  });

  it('reads 送迎 / 予約 / 初めて / 料金 / 定員 from text', async () => {
    const { records } = await loadSalons(
      text('名称,その他,料金,定員\nA,送迎あり。要予約。初めての方も歓迎,参加費200円,約30名\nB,送迎なし。予約不要,無料,\n'),
    );
    expect(records[0]).to.deep.include({ transport: true, reservation: true, newcomersWelcome: true, capacity: 30, fee: { amount: 200, text: '参加費200円' } });
    expect(records[1]).to.deep.include({ transport: false, reservation: false, fee: { amount: 0, text: '無料' } });
    expect(records[1]!.newcomersWelcome).to.equal(undefined);
  });

  it('unknown codes in our JSON are kept as text with an unknown-code warning', async () => {
    const result = await loadSalons(value([{ name: 'A', audiences: ['elderly', 'martians'], activities: 'exercise;ヨガ;ufo', status: 'sleeping' }]));
    const [salon] = result.records;
    expect(salon!.audiences).to.deep.equal(['elderly']);
    expect(salon!.audiencesText).to.equal('martians');
    expect(salon!.activities).to.deep.equal(['exercise']);
    expect(salon!.activitiesText).to.equal('exercise;ヨガ;ufo');
    expect(salon!.status).to.equal(undefined);
    expect(brief(result.problems)).to.deep.equal([
      [1, 'lat', 'coordinates-missing', 'warning'],
      [1, 'status', 'unknown-code', 'warning'],
      [1, 'audiences', 'unknown-code', 'warning'],
      [1, 'activities', 'unknown-code', 'warning'],
    ]);
    expect(result.problems.find((p) => p.field === 'audiences')!.value).to.equal('martians');
  });
});

describe('validation of the model (valibot), field by field', () => {
  it('drops only the bad fields, each with one problem, and keeps the record', async () => {
    const result = await loadSalons(
      value([
        {
          name: 'A',
          lat: 32.9,
          lng: 130.9,
          capacity: -3,
          transport: 'maybe',
          updated: '2026-02-30',
          schedule: { rrule: 'every tuesday', start: '25:00', end: '12:00', dates: ['2026-12-09'] },
          contact: { phone: '096-000-0000', url: 'javascript:alert(1)', email: 'not-an-email' },
          fee: { amount: 'lots' },
        },
      ]),
    );
    expect(result.loaded).to.equal(1);
    expect(brief(result.problems).map(([, field, reason]) => `${field}:${reason}`)).to.have.members([
      'capacity:invalid-value',
      'transport:invalid-value',
      'updated:invalid-value',
      'schedule.rrule:invalid-value',
      'schedule.start:invalid-value',
      'contact.url:invalid-value',
      'contact.email:invalid-value',
      'fee.amount:invalid-value',
    ]);
    expect(result.records[0]).to.deep.include({
      schedule: { end: '12:00', dates: ['2026-12-09'] },
      contact: { phone: '096-000-0000' },
    });
    expect(result.records[0]!.capacity).to.equal(undefined);
  });

  it('a field of the wrong JSON type is dropped with invalid-type', async () => {
    const result = await loadSalons(value([{ name: 'A', lat: 33, lng: 131, contact: 'call us', accessibility: 5 }]));
    expect(brief(result.problems).map(([, field, reason]) => `${field}:${reason}`)).to.deep.equal(['accessibility:invalid-type', 'contact:invalid-type']);
  });
});

describe('extension columns and `columns` mapping', () => {
  it('reads 開催ルール (RRULE), 相談窓口, 祝日休み, 地区 and 休止', async () => {
    const { records, problems } = await loadSalons(
      text('名称,開催ルール,開始時間,終了時間,相談窓口,祝日休み,地区,休止,緯度,経度\nA,RRULE:FREQ=MONTHLY;BYDAY=2TU,10:00,12:00,介護・子育て,1,北地区,1,32.9,130.9\nB,,,,1,,,0,32.9,130.9\n'),
    );
    expect(problems).to.deep.equal([]);
    expect(records[0]).to.deep.include({
      district: '北地区',
      status: 'paused',
      consultation: { topics: ['介護', '子育て'] },
      schedule: { rrule: 'FREQ=MONTHLY;BYDAY=2TU', start: '10:00', end: '12:00', skipHolidays: true },
    });
    expect(records[1]!.consultation).to.deep.equal({});
    expect(records[1]!.status).to.equal(undefined);
  });

  it('maps any CSV with `columns` (dot paths, list fields split on ; 、 ・ ,)', async () => {
    const csv = 'サロン,よみ,場所,ルール,電話,対象,バリアフリー\nさくら会,さくらかい,公民館,FREQ=WEEKLY;BYDAY=TU,096-111-2222,高齢者・子育て,段差なし;車いす可、多目的トイレ\n';
    const result = await loadSalons(text(csv), {
      columns: {
        name: 'サロン',
        nameKana: 'よみ',
        venue: '場所',
        'schedule.rrule': 'ルール',
        'contact.phone': '電話',
        audiences: '対象',
        accessibility: 'バリアフリー',
      },
    });
    expect(result.records[0]).to.deep.include({
      name: 'さくら会',
      nameKana: 'さくらかい',
      venue: '公民館',
      schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TU' },
      contact: { phone: '096-111-2222' },
      audiences: ['elderly', 'parenting'],
      accessibility: ['段差なし', '車いす可', '多目的トイレ'],
    });
  });

  it('model headers with dot paths work in a CSV without `columns`', async () => {
    const { records } = await loadSalons(text('name,schedule.rrule,schedule.start,contact.phone\nA,FREQ=WEEKLY;BYDAY=FR,9時半,0120\n'));
    expect(records[0]).to.deep.include({ schedule: { rrule: 'FREQ=WEEKLY;BYDAY=FR', start: '09:30' }, contact: { phone: '0120' } });
  });

  it('normalises header variants: full width, brackets, dashes and spaces', async () => {
    const { records } = await loadSalons(text('名称 ,所在地【都道府県から番地まで】, 運営日(平日)―開始,運営日［平日］ｰ終了,緯度,経度\nA,桜1-1,10:00,12:00,32.9,130.9\n'));
    expect(records[0]).to.deep.include({ name: 'A', address: '桜1-1', schedule: { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', start: '10:00', end: '12:00', skipHolidays: true } });
  });
});

describe('MHLW schedules', function () {
  this.timeout(30_000);

  const header = 'No,名称,運営日（平日）－開始,運営日（平日）－終了,運営日（土曜）－開始,運営日（土曜）－終了,運営日（祝日）－開始,運営日（祝日）－終了,定休日,その他,備考,緯度,経度';

  it('a pattern stated in その他 / 備考 wins over the weekday columns', async () => {
    const stated = '毎月第2火曜日 10時～12時';
    const parsed = parseScheduleText(stated);
    const { records, problems } = await loadSalons(text(`${header}\n1,A,10:00,15:00,,,,,,${stated},,32.9,130.9\n2,B,10:00,15:00,,,,,,,${stated},32.9,130.9\n`));
    expect(problems).to.deep.equal([]);
    expect(parsed?.rrule, 'parseScheduleText understands the stated pattern').to.be.a('string');
    for (const salon of records) {
      expect(salon.schedule).to.deep.include({ rrule: parsed!.rrule, text: stated });
      expect(salon.schedule!.start).to.equal(parsed!.start ?? '10:00');
    }
  });

  it('定休日 removes weekdays and holidays; a holiday column keeps holidays open', async () => {
    const { records } = await loadSalons(text(`${header}\n1,A,13:00,16:00,9:00,12:00,,,月・金、祝日,,,32.9,130.9\n2,B,,,9:00,12:00,9:00,12:00,,,,32.9,130.9\n`));
    expect(records[0]!.schedule).to.deep.equal({ rrule: 'FREQ=WEEKLY;BYDAY=TU,WE,TH,SA', start: '13:00', end: '16:00', skipHolidays: true });
    expect(records[1]!.schedule).to.deep.equal({ rrule: 'FREQ=WEEKLY;BYDAY=SA', start: '09:00', end: '12:00' });
  });

  it('when unsure, keeps the published text, computes no date and warns schedule-unparsed', async () => {
    const unsure = '月に数回、気候の良い日に不定期で開催';
    const { records, problems } = await loadSalons(text(`${header}\n1,A,10:00,15:00,,,,,,${unsure},,32.9,130.9\n`));
    expect(records[0]!.schedule).to.deep.equal({ text: unsure, start: '10:00', end: '15:00', skipHolidays: true });
    expect(brief(problems)).to.deep.equal([[1, 'schedule', 'schedule-unparsed', 'warning']]);
  });
});
