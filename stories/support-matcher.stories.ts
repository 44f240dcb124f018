import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '@chiiki/support-matcher/define';

interface Args {
  mode: 'resident' | 'coordinator';
  lang: string;
  'offers-src': string;
  'needs-src': string;
  'submit-url': string;
  'max-km': number;
  theme: string;
}

const shadow = (canvas: HTMLElement) => canvas.querySelector('chiiki-support-matcher')!.shadowRoot!;
/** Testing Library queries inside the element's shadow root (what a user sees, by role and text). */
const inShadow = (canvas: HTMLElement) => within(shadow(canvas) as unknown as HTMLElement);

/** Large generated input (3,000 needs × 3,000 offers, 2 categories each): solving shows progress and can be cancelled. */
function largeInput() {
  const needs = [];
  const offers = [];
  for (let i = 0; i < 3000; i++) needs.push({ id: `N${i}`, categories: ['shopping', 'garbage'], district: '中央', lat: 32.85 + (i % 97) * 0.0008, lng: 130.84 + (i % 89) * 0.0008 });
  for (let i = 0; i < 3000; i++) offers.push({ id: `O${i}`, name: `担い手 ${i}`, kind: 'group', categories: ['shopping', 'garbage'], district: '中央', lat: 32.85 + (i % 83) * 0.0009, lng: 130.84 + (i % 79) * 0.0009, capacity: 2 });
  return { needs, offers };
}

const meta: Meta<Args> = {
  title: 'Widgets/Support matcher',
  component: 'chiiki-support-matcher',
  args: { mode: 'resident', lang: 'ja', 'offers-src': '/data/matching/offers.json', 'needs-src': '', 'submit-url': '', 'max-km': 3, theme: 'light' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['resident', 'coordinator'] },
    lang: { control: 'select', options: ['ja', 'ja-x-easy', 'en', 'zh-Hans', 'zh-Hant', 'ko', 'vi', 'pt-BR', 'tl', 'ne', 'es', 'id'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
  },
  render: (args) => html`<chiiki-support-matcher
    mode=${args.mode}
    lang=${args.lang}
    theme=${args.theme}
    offers-src=${args['offers-src']}
    needs-src=${args['needs-src']}
    submit-url=${args['submit-url']}
    max-km=${args['max-km']}
  ></chiiki-support-matcher>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A resident looks for help: category chips, district or location, days. */
export const Resident: Story = {
  play: async ({ canvasElement }) => {
    const screen = inShadow(canvasElement);
    // What a resident does: tick a category, pick the district once the offers have arrived.
    const garbage = await screen.findByRole('checkbox', { name: /ごみ出しの手伝い/ });
    await userEvent.click(garbage);
    await expect(garbage).toBeChecked();
    await screen.findByRole('option', { name: '東原' }, { timeout: 8000 });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /お住まいの地区/ }), '東原');
    // What they see: a count and the channel that connects them, never a volunteer's own record.
    await expect(await screen.findByText(/^\d+件 見つかりました$/)).toBeVisible();
    await expect(await screen.findByText(/さくら町社会福祉協議会を通じてつながります/)).toBeVisible();
    await expect(screen.queryByText(/O0028/)).toBeNull();
  },
};

/** Offer-first: a resident who can help finds groups and salons to join. */
export const ResidentOfferFirst: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('input[name="direction"]').length).toBe(2));
    shadow(canvasElement).querySelectorAll<HTMLInputElement>('input[name="direction"]')[1].click();
  },
};

/** With `submit-url`: the consent checkbox gates the only request the widget may send. */
export const ResidentWithSubmit: Story = { args: { 'submit-url': '/api/requests' } };

/** The coordinator's view on the sample data of さくら町 (needs and offers as CSV). */
export const Coordinator: Story = {
  args: { mode: 'coordinator', 'needs-src': '/data/matching/needs.csv', 'offers-src': '/data/matching/offers.csv' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('table.assignment tbody tr').length).toBe(38), { timeout: 10000 });
  },
};

export const CoordinatorDark: Story = { ...Coordinator, args: { ...Coordinator.args, theme: 'dark' } };

export const ResidentHighContrast: Story = { args: { theme: 'high-contrast' } };

/** やさしい日本語: short sentences with furigana. */
export const EasyJapanese: Story = { args: { lang: 'ja-x-easy' } };
export const English: Story = { args: { lang: 'en' } };
export const ChineseSimplified: Story = { args: { lang: 'zh-Hans' } };
export const ChineseTraditional: Story = { args: { lang: 'zh-Hant' } };
export const Korean: Story = { args: { lang: 'ko' } };
export const Vietnamese: Story = { args: { lang: 'vi' } };
export const Portuguese: Story = { args: { lang: 'pt-BR' } };
export const Tagalog: Story = { args: { lang: 'tl' } };
export const Nepali: Story = { args: { lang: 'ne' } };
export const Spanish: Story = { args: { lang: 'es' } };
export const Indonesian: Story = { args: { lang: 'id' } };
export const CoordinatorEnglish: Story = { ...Coordinator, args: { ...Coordinator.args, lang: 'en' } };

/** No data yet: the coordinator is asked to load needs and offers. */
export const Empty: Story = { args: { mode: 'coordinator', 'offers-src': '', 'needs-src': '' } };

/** A source that cannot be read: a message and a retry button. */
export const LoadError: Story = { args: { mode: 'coordinator', 'needs-src': '/data/matching/missing.csv', 'offers-src': '/data/matching/offers.csv' } };

/** Records with problems: a notice with the row/field table (rejected rows and warnings). */
export const DataProblems: Story = {
  render: () => html`<chiiki-support-matcher
    mode="coordinator"
    .needs=${[{ id: 'N1', categories: ['garbage'], district: '北町' }, { id: 'N2' }, { id: 'N3', categories: '買い物・宇宙旅行', lat: 130.87, lng: 32.88 }]}
    .offers=${[{ id: 'O1', name: '北町見守り隊', kind: 'group', categories: ['garbage', 'shopping'], district: '北町', capacity: 'たくさん' }]}
  ></chiiki-support-matcher>`,
};

/** A large input solved in the worker with progress (and a cancel button while it runs). */
export const LargeInputWithProgress: Story = {
  render: () => {
    const { needs, offers } = largeInput();
    return html`<chiiki-support-matcher mode="coordinator" max-km="1" .needs=${needs} .offers=${offers}></chiiki-support-matcher>`;
  },
};
