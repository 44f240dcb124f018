import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@chiiki/support-matcher/define';

const meta: Meta = {
  title: 'Widgets/Support matcher',
  component: 'chiiki-support-matcher',
  render: () => html`<chiiki-support-matcher></chiiki-support-matcher>`,
};
export default meta;

export const Playground: StoryObj = {};
