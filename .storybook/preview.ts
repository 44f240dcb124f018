import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { LOCALES } from '@chiiki/core';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

/** The locale toolbar sets `lang` on the story root, which every element follows live. */
const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: { title: 'Locale', icon: 'globe', items: [...LOCALES], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'ja' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals.locale ?? 'ja');
      return story();
    },
  ],
  parameters: {
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
  },
};
export default preview;
