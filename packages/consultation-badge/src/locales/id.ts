import type { Strings } from '@chiiki/core';

/** Bahasa Indonesia (id): not yet reviewed by a native speaker. */
export const id: Strings = {
  badge: {
    label: 'Pos konsultasi kesejahteraan warga',
    named: 'Pos konsultasi kesejahteraan warga: {{name}}',
    intro: 'Anda dapat berkonsultasi tentang masalah apa pun dalam kehidupan sehari-hari. Kami akan menghubungkan Anda dengan bantuan yang tepat.',
    status: {
      open: 'Sedang buka',
      next: 'Berikutnya: {{date}}',
      nextDay: 'Berikutnya: {{date}}',
      paused: 'Sedang libur',
      closed: 'Sudah tutup',
      none: 'Jadwal berikutnya belum ditentukan',
    },
    topic: {
      care: 'Perawatan lansia',
      childcare: 'Pengasuhan anak',
      disability: 'Disabilitas',
      living: 'Kehidupan sehari-hari',
      health: 'Kesehatan',
      isolation: 'Kesepian dan keterasingan',
      disaster: 'Bencana dan kesiapsiagaan',
      other: 'Lainnya',
    },
    anything: 'Masalah apa pun dalam kehidupan sehari-hari',
    heading: {
      topics: 'Dapat berkonsultasi tentang',
      when: 'Waktu',
      who: 'Yang melayani',
      referTo: 'Dihubungkan ke',
      contact: 'Kontak',
      updated: 'Terakhir dikonfirmasi',
      card: 'Kartu koneksi (つながりカード)',
    },
    phone: 'Telepon',
    email: 'Email',
    website: 'Situs web',
    cardNote: 'Cetak kartu ini untuk dibawa, atau simpan kontak di ponsel Anda.',
    print: 'Cetak kartu',
    save: 'Simpan kontak',
    close: 'Tutup',
    notFound: 'Pos konsultasi dengan ID “{{id}}” tidak ditemukan.',
    loadFailed: 'Informasi pos konsultasi tidak dapat dimuat.',
  },
};
