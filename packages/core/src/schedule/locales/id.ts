import type { Strings } from '../../i18n/instance.js';

/** `schedule.*` in id, loaded when first needed (see ../strings.ts). */
const strings: Strings = {
  schedule: {
    weekly: 'setiap {{days}}',
    weekly2: '{{days}}, dua minggu sekali',
    weeklyN: '{{days}}, {{count}} minggu sekali',
    monthly: '{{days}} setiap bulan',
    monthly2: '{{days}}, dua bulan sekali',
    monthlyN: '{{days}}, {{count}} bulan sekali',
    yearly: '{{days}} setiap tahun',
    yearlyN: '{{days}}, {{count}} tahun sekali',
    daily: 'setiap hari',
    dailyN: '{{count}} hari sekali',
    nth: 'ke-{{count}}',
    last: 'terakhir',
    nthDay: '{{day}} {{nth}}',
    dom: 'tanggal {{count}}',
    lastDay: 'hari terakhir',
    inMonth: '{{days}} bulan {{month}}',
    time: '{{start}}–{{end}}',
    from: 'mulai {{start}}',
    rule: '{{when}}, {{time}}',
    holidays: ' (libur pada hari libur nasional)',
    closed: ' (tutup {{ranges}})',
    range: '{{from}} – {{to}}',
  },
};
export default strings;
