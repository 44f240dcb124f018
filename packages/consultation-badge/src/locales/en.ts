import type { Strings } from '@chiiki/core';

/**
 * English: also the fallback for every language without its own strings. A chunk of its own (locales/lazy.ts),
 * loaded when a badge renders in English.
 */
export const en: Strings = {
  badge: {
    label: 'Community welfare consultation point',
    named: 'Community welfare consultation point: {{name}}',
    status: {
      open: 'Open now',
      next: 'Next: {{date}}',
      nextDay: 'Next: {{date}}',
      paused: 'Paused',
      closed: 'Closed',
      none: 'Next date not set',
    },
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
