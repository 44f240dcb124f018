import type { Strings } from '@chiiki/core';
import { enShell } from './shell.js';

/** English: also the fallback for every language without its own strings. */
export const en: Strings = {
  badge: {
    ...enShell.badge,
    notFound: 'No consultation point with the ID “{{id}}” was found.',
    loadFailed: 'The consultation point could not be loaded.',
    intro: 'You can talk to us about any worry in daily life. We connect you with the right help.',
    topic: {
      care: 'Care for older people',
      childcare: 'Childcare',
      disability: 'Disability',
      living: 'Daily life and money',
      health: 'Health',
      isolation: 'Loneliness and isolation',
      disaster: 'Disasters and preparedness',
      other: 'Other',
    },
    anything: 'Any worry in daily life',
    heading: {
      topics: 'You can ask about',
      when: 'When',
      who: 'Who answers',
      referTo: 'We connect you to',
      contact: 'Contact',
      updated: 'Last confirmed',
      card: 'Connection card (つながりカード)',
    },
    phone: 'Phone',
    email: 'Email',
    website: 'Website',
    cardNote: 'Print this card to keep it with you, or save the contact to your phone.',
    print: 'Print the card',
    save: 'Save contact',
    close: 'Close',
  },
};
