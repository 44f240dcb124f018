import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Salon } from '@chiiki/core';
import type { ChiikiSalonFinder } from '@chiiki/salon-finder';
import '@chiiki/salon-finder/define';

/**
 * `<chiiki-salon-finder>` on the sample data (72 fictional salons around 大津町, 熊本県; Storybook
 * serves demo/data at /data). Every story uses the local blank tile, so no map host is reached, and
 * a fixed clock (Tuesday 8 December 2026, 09:00 Japan time) so dates are the same on every run.
 */
interface Args {
  src: string;
  view: 'both' | 'list' | 'map';
  lang: string;
  theme: '' | 'light' | 'dark' | 'high-contrast';
  debug: boolean;
  near: string;
  geocoder: string;
  tileUrl: string;
  tileAttribution: string;
  dataAttribution: string;
  reportUrl: string;
  urlState: boolean;
  width: string;
  fontSize: string;
}

const NOW = new Date('2026-12-08T09:00:00+09:00');
const TILE = '/data/salons/tiles/tile.svg';

const base: Args = {
  src: '/data/salons/salons.json',
  view: 'both',
  lang: '',
  theme: '',
  debug: false,
  near: '',
  geocoder: '',
  tileUrl: TILE,
  tileAttribution: '背景：無地（デモ用）',
  dataAttribution: '出典：さくら町（架空のデータ・CC BY 4.0）',
  reportUrl: 'mailto:fukushi@example.jp',
  urlState: false,
  width: '100%',
  fontSize: '100%',
};

const attr = (value: string) => value || nothing;

const render = (a: Args, data?: Salon[]) => html`<div style="max-width:${a.width};font-size:${a.fontSize}">
  <chiiki-salon-finder
    src=${attr(data ? '' : a.src)}
    .data=${data}
    .now=${NOW}
    view=${a.view}
    lang=${attr(a.lang)}
    theme=${attr(a.theme)}
    ?debug=${a.debug}
    near=${attr(a.near)}
    geocoder=${attr(a.geocoder)}
    tile-url=${attr(a.tileUrl)}
    tile-attribution=${attr(a.tileAttribution)}
    data-attribution=${attr(a.dataAttribution)}
    report-url=${attr(a.reportUrl)}
    ?url-state=${a.urlState}
  ></chiiki-salon-finder>
</div>`;

const meta: Meta<Args> = {
  title: 'Widgets/Salon finder',
  component: 'chiiki-salon-finder',
  args: base,
  argTypes: {
    view: { control: 'inline-radio', options: ['both', 'list', 'map'] },
    theme: { control: 'select', options: ['', 'light', 'dark', 'high-contrast'] },
    lang: { control: 'select', options: ['', 'ja', 'ja-x-easy', 'en', 'zh-Hans', 'zh-Hant', 'ko', 'vi', 'pt-BR', 'tl', 'ne', 'es', 'id'] },
    src: {
      control: 'select',
      options: ['/data/salons/salons.json', '/data/salons/salons.geojson', '/data/salons/tsuinoba-mhlw.csv', '/data/salons/koukyou-shisetsu.csv', '/data/salons/salons-defects.json'],
    },
  },
  render: (a) => render(a),
};
export default meta;
type Story = StoryObj<Args>;

const finderIn = (canvas: HTMLElement) => canvas.querySelector('chiiki-salon-finder') as ChiikiSalonFinder;
/** Testing Library queries inside the element's shadow root (what a user sees, by role and text). */
const inShadow = (el: Element) => within(el.shadowRoot as unknown as HTMLElement);
const shadowText = (el: Element, selector: string) => el.shadowRoot?.querySelector(selector)?.textContent?.trim() ?? '';

/** Waits until the count says the data is shown. */
async function shown(canvas: HTMLElement, pattern: RegExp): Promise<ChiikiSalonFinder> {
  const el = finderIn(canvas);
  await waitFor(() => expect(shadowText(el, '.count')).toMatch(pattern), { timeout: 8000 });
  return el;
}

/** Map and list side by side, filters and "where are you" on top. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement, /^72件中 \d+件$/);
    await waitFor(() => expect(el.shadowRoot!.querySelector('.cluster, .pin')).not.toBeNull(), { timeout: 8000 });
  },
};

/** `view="list"`: no map, Leaflet is never downloaded. */
export const ListOnly: Story = {
  args: { view: 'list' },
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement, /^72件中 \d+件$/);
    await expect(el.shadowRoot!.querySelector('.map')).toBeNull();
  },
};

/** `view="map"`: the map with the selected salon's details under it. */
export const MapOnly: Story = { args: { view: 'map' } };

/** Below 600 px the list comes first and the map is one button away. */
export const Narrow: Story = {
  args: { width: '320px' },
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement, /^72件中 \d+件$/);
    await waitFor(() => expect(el.shadowRoot!.querySelector('.map-toggle')).not.toBeNull());
  },
};

/** Distances and nearest-first order from a point (`near`), labelled as straight-line. */
export const NearAPoint: Story = {
  args: { near: '32.8795,130.8665', view: 'list' },
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement, /^72件中 \d+件$/);
    await expect(shadowText(el, '.sort')).toContain('近い順');
  },
};

/** The same data read from the MHLW 通いの場 CSV in Shift_JIS. */
export const MhlwCsv: Story = { args: { src: '/data/salons/tsuinoba-mhlw.csv', view: 'list' } };

/** A realistic mix of defects: residents see only a short notice, the reasons one click away. */
export const ErrorsDebugOff: Story = {
  args: { src: '/data/salons/salons-defects.json', view: 'list' },
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement, /件中/);
    const screen = inShadow(el);
    const notice = await screen.findByText(/^一部のデータを表示できませんでした（\d+件）$/, {}, { timeout: 8000 });
    // A disclosure: the reasons are listed once the resident opens it; no staff table.
    await userEvent.click(notice);
    await expect(await screen.findByText('必要な項目（名称など）がありません（2件）')).toBeVisible();
    await expect(screen.queryByRole('table')).toBeNull();
  },
};

/** The same with `debug`: the row/field table for staff. */
export const ErrorsDebugOn: Story = {
  args: { src: '/data/salons/salons-defects.json', view: 'list', debug: true },
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement, /件中/);
    const screen = inShadow(el);
    const table = await screen.findByRole('table', { name: /^データの問題（\d+件）$/ }, { timeout: 8000 });
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent?.trim());
    await expect(headers).toEqual(['行', '項目', '理由', '値', '重要度']);
    // The residents' count is the number of records with at least one problem.
    const body = within(table).getAllByRole('rowgroup')[1]!;
    const rows = new Set(within(body).getAllByRole('row').map((tr) => tr.querySelector('td')?.textContent?.trim()));
    await expect(screen.getByText(`一部のデータを表示できませんでした（${rows.size}件）`)).toBeVisible();
  },
};

/** The source cannot be read: a message and a retry button. */
export const LoadFailed: Story = {
  args: { src: '/data/salons/no-such-file.json', view: 'list' },
  play: async ({ canvasElement }) => {
    const screen = inShadow(finderIn(canvasElement));
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    await expect(alert).toHaveTextContent('データが見つかりませんでした');
    await expect(within(alert).getByRole('button', { name: 'もう一度読み込む' })).toBeVisible();
  },
};

/** No salons at all. */
export const Empty: Story = {
  args: { view: 'list' },
  render: (a) => render(a, []),
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement, /^0件中 0件$/);
    await expect(await inShadow(el).findByText('表示できるデータがありません')).toBeVisible();
  },
};

/** 10,000 salons generated in the story: clustering, "show more" paging. */
export const LargeData: Story = {
  render: (a) => render(a, generate(10_000)),
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement, /^10,?000件中 \d+件$/);
    await waitFor(() => expect(el.shadowRoot!.querySelector('.cluster')).not.toBeNull(), { timeout: 15000 });
  },
};

/** 200 % text: everything is sized in em and still fits. */
export const LargeText: Story = { args: { fontSize: '200%', view: 'list' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#15181b;padding:1em">${story()}</div>`],
};

export const HighContrast: Story = {
  args: { theme: 'high-contrast' },
  decorators: [(story) => html`<div style="background:#000;padding:1em">${story()}</div>`],
};

/** Each locale of PRODUCT.md §2 (the toolbar's locale switcher does the same for every story). */
export const EasyJapanese: Story = { args: { lang: 'ja-x-easy', view: 'list' } };
export const English: Story = {
  args: { lang: 'en', view: 'list' },
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement, /^\d+ of 72$/);
    await expect(shadowText(el, 'h2')).toBe('Find a community salon');
  },
};
export const ChineseSimplified: Story = { args: { lang: 'zh-Hans', view: 'list' } };
export const ChineseTraditional: Story = { args: { lang: 'zh-Hant', view: 'list' } };
export const Korean: Story = { args: { lang: 'ko', view: 'list' } };
export const Vietnamese: Story = { args: { lang: 'vi', view: 'list' } };
export const Portuguese: Story = { args: { lang: 'pt-BR', view: 'list' } };
export const Tagalog: Story = { args: { lang: 'tl', view: 'list' } };
export const Nepali: Story = { args: { lang: 'ne', view: 'list' } };
export const Spanish: Story = { args: { lang: 'es', view: 'list' } };
export const Indonesian: Story = { args: { lang: 'id', view: 'list' } };

/** Deterministic synthetic salons around 大津町 (for the large-data story). */
function generate(count: number): Salon[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const days = ['MO', 'TU', 'WE', 'TH', 'FR'];
  return Array.from({ length: count }, (_, i) => ({
    id: `gen-${i + 1}`,
    name: `サロン ${i + 1}`,
    lat: 32.879 + (random() - 0.5) * 0.6,
    lng: 130.868 + (random() - 0.5) * 0.8,
    district: `地区${(i % 20) + 1}`,
    schedule: { rrule: `FREQ=MONTHLY;BYDAY=${(i % 4) + 1}${days[i % 5]}`, start: '10:00', end: '12:00' },
    audiences: ['elderly'],
    activities: ['tea'],
    fee: { amount: (i % 3) * 100 },
  }));
}
