import type { Strings } from '../instance.js';
import type { CoreStrings } from '../strings.js';

/** Core strings in id: loaded the first time an element renders in it. */
const strings: CoreStrings = {
  loading: 'Memuat…',
  empty: 'Tidak ada data untuk ditampilkan',
  retry: 'Coba lagi',
  problems: {
    notice: 'Sebagian data tidak dapat ditampilkan ({{count}})',
    item: '{{reason}} ({{count}})',
    hint: 'Semua data yang terbaca ditampilkan di daftar.',
    caption: 'Masalah data ({{count}})',
    column: { row: 'Baris', field: 'Kolom', reason: 'Alasan', value: 'Nilai', severity: 'Tingkat' },
  },
  severity: { error: 'Tidak dimuat', warning: 'Peringatan' },
  reason: {
    required: 'Kolom wajib (misalnya nama) tidak ada',
    'invalid-record': 'Rekaman tidak valid',
    'invalid-type': 'Jenis nilai salah',
    'invalid-value': 'Nilai tidak valid',
    'unknown-code': 'Kategori tidak dikenal (disimpan sebagai teks)',
    'coordinates-swapped': 'Lintang dan bujur tertukar (sudah diperbaiki)',
    'coordinates-missing': 'Tidak ada lokasi (tidak tampil di peta)',
    'coordinates-out-of-japan': 'Lokasi di luar Jepang (tidak tampil di peta)',
    'coordinates-placeholder': 'Lokasi sementara (tidak tampil di peta)',
    'schedule-unparsed': 'Jadwal tidak dikenali (teks asli ditampilkan)',
    'duplicate-id': 'ID ganda (akhiran ditambahkan)',
    'too-deep': 'Tingkatan terlalu dalam',
  },
  error: {
    'fetch-failed': 'Data tidak dapat dimuat. Periksa koneksi lalu coba lagi.',
    'http-status': 'Data tidak ditemukan. Silakan coba lagi nanti.',
    timeout: 'Memuat data terlalu lama. Silakan coba lagi.',
    'parse-failed': 'Format data tidak dapat dibaca.',
    empty: 'Data kosong.',
    'geolocation-denied': 'Penggunaan lokasi tidak diizinkan. Anda bisa mencari berdasarkan alamat atau wilayah.',
    'geolocation-unavailable': 'Lokasi Anda tidak dapat diperoleh. Silakan cari berdasarkan alamat atau wilayah.',
    'geocoder-failed': 'Alamat tidak ditemukan. Coba tulis dengan cara lain.',
    'submit-failed': 'Gagal mengirim. Silakan coba lagi.',
  },
};

export default { core: strings as unknown as Strings };
