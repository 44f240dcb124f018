import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { ChiikiPlanViewer } from '@chiiki/plan-viewer';
import '@chiiki/plan-viewer/define';
import sakura from '../demo/data/plans/sakura.json';
import otsu from '../demo/data/plans/otsu.json';
import kikuchi from '../demo/data/plans/kikuchi.json';
import kakogawa from '../demo/data/plans/kakogawa.json';
import koga from '../demo/data/plans/koga.json';
import ogori from '../demo/data/plans/ogori.json';

/**
 * `<chiiki-plan-viewer>`: a 地域福祉計画 as an accessible tree. The five seed documents (大津町, 菊池市,
 * 加古川市社協, 古河市, 小郡市) and the fictional さくら町 plan, which shows indicators, statuses, milestones,
 * areas, SDGs and salon links. Stories pass the plan as the `data` property (the JSON files in
 * `demo/data/plans/`).
 */
interface Args {
  plan: string;
  lang: string;
  expand: 'none' | 'goals' | 'all';
  progress: 'show' | 'hide';
  filterActor: string;
  theme: '' | 'light' | 'dark' | 'high-contrast';
  debug: boolean;
}

const PLANS: Record<string, unknown> = { sakura, otsu, kikuchi, kakogawa, koga, ogori };

const meta: Meta<Args> = {
  title: 'Widgets/Plan viewer',
  component: 'chiiki-plan-viewer',
  args: { plan: 'sakura', lang: '', expand: 'goals', progress: 'show', filterActor: '', theme: '', debug: false },
  argTypes: {
    plan: { control: 'select', options: Object.keys(PLANS) },
    lang: { control: 'select', options: ['', 'ja', 'ja-x-easy', 'en', 'zh-Hans', 'zh-Hant', 'ko', 'vi', 'pt-BR', 'tl', 'ne', 'es', 'id'] },
    expand: { control: 'inline-radio', options: ['none', 'goals', 'all'] },
    progress: { control: 'inline-radio', options: ['show', 'hide'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'high-contrast'] },
  },
  render: (args) => html`<chiiki-plan-viewer
    .data=${PLANS[args.plan]}
    lang=${args.lang || nothing}
    expand=${args.expand}
    progress=${args.progress}
    filter-actor=${args.filterActor || nothing}
    theme=${args.theme || nothing}
    ?debug=${args.debug}
  ></chiiki-plan-viewer>`,
};
export default meta;

type Story = StoryObj<Args>;

const viewer = (canvasElement: HTMLElement) => canvasElement.querySelector('chiiki-plan-viewer') as ChiikiPlanViewer;
const ready = async (canvasElement: HTMLElement) => {
  const el = viewer(canvasElement);
  await waitFor(() => expect(el.shadowRoot!.querySelector('[role="tree"]')).toBeTruthy());
  return el;
};
const items = (el: ChiikiPlanViewer) => [...el.shadowRoot!.querySelectorAll('[role="treeitem"]')];

export const Playground: Story = {};

// ---------------------------------------------------------------- one story per plan

export const SakuraFictional: Story = {
  name: 'さくら町 (fictional: progress, timeline, areas, SDGs)',
  args: { plan: 'sakura', expand: 'all' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(el.shadowRoot!.querySelectorAll('[role="progressbar"]').length).toBeGreaterThan(5);
    await expect(el.shadowRoot!.querySelector('.timeline')!.textContent).toContain('2025年度');
  },
};

export const Otsu: Story = { name: '大津町 (000)', args: { plan: 'otsu' } };
export const Kikuchi: Story = { name: '菊池市 (001): 横断的取組目標', args: { plan: 'kikuchi' } };
export const Kakogawa: Story = {
  name: '加古川市社協 (002): みんなでできること / 社協の取り組み, 3 layers of areas',
  args: { plan: 'kakogawa' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    (items(el)[0] as HTMLElement).click();
    await waitFor(() => expect(el.shadowRoot!.querySelector('.panel')!.textContent).toContain('社協の取り組み'));
  },
};
export const Koga: Story = { name: '古河市 (003): programme page, three parts, no vision', args: { plan: 'koga', expand: 'all' } };
export const Ogori: Story = { name: '小郡市 (004): 自助・互助・共助・公助', args: { plan: 'ogori' } };

// ---------------------------------------------------------------- locales

export const English: Story = { args: { plan: 'sakura', lang: 'en' } };
export const EasyJapanese: Story = { name: 'やさしい日本語', args: { plan: 'sakura', lang: 'ja-x-easy' } };
export const ChineseSimplified: Story = { args: { plan: 'kikuchi', lang: 'zh-Hans' } };
export const Vietnamese: Story = { args: { plan: 'sakura', lang: 'vi' } };
export const Nepali: Story = { args: { plan: 'ogori', lang: 'ne' } };

/** A lazily loaded locale: the viewer shows once its strings are in, in that language. */
const searchLabelIs = (label: string): Story['play'] => async ({ canvasElement }) => {
  const el = await ready(canvasElement);
  await waitFor(() => expect(el.shadowRoot!.querySelector('label[for="search"]')?.textContent?.trim()).toBe(label));
};
export const ChineseTraditional: Story = { args: { plan: 'sakura', lang: 'zh-Hant' }, play: searchLabelIs('在計畫中搜尋') };
export const Korean: Story = { args: { plan: 'sakura', lang: 'ko' }, play: searchLabelIs('계획에서 검색') };
export const Portuguese: Story = { args: { plan: 'sakura', lang: 'pt-BR' }, play: searchLabelIs('Pesquisar no plano') };
export const Tagalog: Story = { args: { plan: 'sakura', lang: 'tl' }, play: searchLabelIs('Maghanap sa plano') };
export const Spanish: Story = { args: { plan: 'sakura', lang: 'es' }, play: searchLabelIs('Buscar en el plan') };
export const Indonesian: Story = { args: { plan: 'sakura', lang: 'id' }, play: searchLabelIs('Cari dalam rencana') };

// ---------------------------------------------------------------- filters and search

export const FilterByActor: Story = {
  name: 'Filter: 公助 (filter-actor="public")',
  args: { plan: 'sakura', expand: 'all', filterActor: 'public' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('件のうち');
  },
};

export const FilterBySdg: Story = {
  name: 'Filter: SDG 13',
  args: { plan: 'sakura', expand: 'all' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#sdg')!;
    select.value = '13';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => expect(items(el).length).toBe(4));
  },
};

export const Search: Story = {
  name: 'Search: ヤングケアラー (deepest level)',
  args: { plan: 'kikuchi', expand: 'none' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'ヤングケアラー';
    input.dispatchEvent(new InputEvent('input'));
    await waitFor(() => expect(el.shadowRoot!.querySelector('mark')!.textContent).toBe('ヤングケアラー'));
  },
};

// ---------------------------------------------------------------- print, themes, errors

export const PrintView: Story = {
  name: 'Print view (everything open, no controls; shown with @media print)',
  args: { plan: 'kakogawa' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    window.dispatchEvent(new Event('beforeprint'));
    await expect(el.shadowRoot!.querySelector('.print-view')!.textContent).toContain('ささえあい協議会※の充実を図ります');
    window.dispatchEvent(new Event('afterprint'));
  },
};

export const ProgressHidden: Story = { args: { plan: 'sakura', progress: 'hide' } };
export const Dark: Story = { args: { plan: 'sakura', theme: 'dark' } };
export const HighContrast: Story = { args: { plan: 'sakura', theme: 'high-contrast' } };

export const MalformedPlan: Story = {
  name: 'Error: malformed nodes (debug table)',
  args: { debug: true, expand: 'all' },
  render: (args) => html`<chiiki-plan-viewer
    ?debug=${args.debug}
    expand=${args.expand}
    .data=${{
      id: 'broken',
      title: '壊れたデータの例',
      municipality: 'テスト町',
      goals: [
        { title: 'id がない目標' },
        { id: 'dup', title: '同じ id（1つ目）' },
        { id: 'dup', title: '同じ id（2つ目）' },
        { id: 'no-title', description: '題名がないので表示できません', children: [{ id: 'kept', title: '子の項目は残ります' }] },
        { id: 'types', title: '型が違う項目', actors: 'self', sdgs: [99] },
      ],
    }}
  ></chiiki-plan-viewer>`,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(el.shadowRoot!.querySelector('[role="note"] summary')!.textContent).toBe('一部のデータを表示できませんでした（1件）');
  },
};

export const FetchError: Story = {
  name: 'Error: file not found (retry)',
  render: () => html`<chiiki-plan-viewer src="./does-not-exist/plan.json"></chiiki-plan-viewer>`,
  play: async ({ canvasElement }) => {
    const el = viewer(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[role="alert"]')).toBeTruthy());
  },
};
