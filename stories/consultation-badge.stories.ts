import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '@chiiki/consultation-badge/define';

const meta: Meta = {
  title: 'Widgets/Consultation badge',
  component: 'chiiki-consultation-badge',
  render: () => html`<chiiki-consultation-badge></chiiki-consultation-badge>`,
};
export default meta;

export const Playground: StoryObj = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('chiiki-consultation-badge')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('h2')?.textContent).toBeTruthy();
  },
};
