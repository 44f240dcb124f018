import type { Strings } from '@chiiki/core';

/** Tagalog (tl): not yet reviewed by a native speaker. */
export const tl: Strings = {
  badge: {
    label: 'Konsultahan para sa kapakanan ng komunidad',
    named: 'Konsultahan para sa kapakanan ng komunidad: {{name}}',
    intro: 'Maaari kang kumonsulta tungkol sa anumang problema sa araw-araw na buhay. Ikokonekta ka namin sa tamang tulong.',
    status: {
      open: 'Bukas ngayon',
      next: 'Susunod: {{date}}',
      nextDay: 'Susunod: {{date}}',
      paused: 'Pansamantalang sarado',
      closed: 'Sarado na',
      none: 'Wala pang susunod na petsa',
    },
    topic: {
      care: 'Pag-aalaga sa matatanda',
      childcare: 'Pag-aalaga ng bata',
      disability: 'Kapansanan',
      living: 'Pang-araw-araw na buhay',
      health: 'Kalusugan',
      isolation: 'Pag-iisa at kalungkutan',
      disaster: 'Sakuna at paghahanda',
      other: 'Iba pa',
    },
    anything: 'Anumang problema sa araw-araw na buhay',
    heading: {
      topics: 'Maaaring ikonsulta',
      when: 'Kailan',
      who: 'Sino ang sasagot',
      referTo: 'Ikokonekta sa',
      contact: 'Paano makipag-ugnayan',
      updated: 'Huling kinumpirma',
      card: 'Connection card (つながりカード)',
    },
    phone: 'Telepono',
    email: 'Email',
    website: 'Website',
    cardNote: 'I-print ang card na ito para dalhin, o i-save ang contact sa iyong telepono.',
    print: 'I-print ang card',
    save: 'I-save ang contact',
    close: 'Isara',
    notFound: 'Walang nakitang konsultahan na may ID na “{{id}}”.',
    loadFailed: 'Hindi ma-load ang impormasyon ng konsultahan.',
  },
};
