import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@chiiki/salon-finder/define';

const meta: Meta = {
  title: 'Widgets/Salon finder',
  component: 'chiiki-salon-finder',
  render: () => html`<chiiki-salon-finder></chiiki-salon-finder>`,
};
export default meta;

export const Playground: StoryObj = {};
