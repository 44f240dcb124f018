import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@chiiki/plan-viewer/define';

const meta: Meta = {
  title: 'Widgets/Plan viewer',
  component: 'chiiki-plan-viewer',
  render: () => html`<chiiki-plan-viewer></chiiki-plan-viewer>`,
};
export default meta;

export const Playground: StoryObj = {};
