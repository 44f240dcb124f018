import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { ChiikiConsultationBadge } from '@chiiki/consultation-badge';
import '@chiiki/consultation-badge/define';

/**
 * `<chiiki-consultation-badge>`: the のぼり旗 mark of a 地域の福祉相談窓口 (seed 003, 古河市). Every story
 * uses a fixed clock (`now`) so the status is the same on every run: Monday 8 December 2025, 10:30
 * Japan time unless the story says otherwise.
 */
interface Args {
  variant: 'flag' | 'chip' | 'card';
  name: string;
  topics: string;
  hours: string;
  schedule: string;
  skipHolidays: boolean;
  closures: string;
  status: '' | 'active' | 'paused' | 'closed';
  phone: string;
  email: string;
  url: string;
  organization: string;
  referTo: string;
  updated: string;
  lang: string;
  theme: '' | 'light' | 'dark' | 'high-contrast';
  now: string;
  src: string;
  salonId: string;
}

const MONDAY_1030 = '2025-12-08T10:30:00+09:00';

const base: Args = {
  variant: 'chip',
  name: 'ひだまりサロン',
  topics: 'care,isolation,living',
  hours: '月水金 10:00-12:00',
  schedule: '',
  skipHolidays: true,
  closures: '12-29/01-03',
  status: '',
  phone: '0280-12-3456',
  email: 'soudan@example.jp',
  url: 'https://example.jp/hidamari',
  organization: 'ひだまりサロン運営委員会',
  referTo: 'さくら町社会福祉協議会・地域包括支援センター',
  updated: '2025-11-01',
  lang: '',
  theme: '',
  now: MONDAY_1030,
  src: '',
  salonId: '',
};

const attr = (value: string) => value || nothing;

const meta: Meta<Args> = {
  title: 'Widgets/Consultation badge',
  component: 'chiiki-consultation-badge',
  args: base,
  argTypes: {
    variant: { control: 'inline-radio', options: ['flag', 'chip', 'card'] },
    status: { control: 'select', options: ['', 'active', 'paused', 'closed'] },
    theme: { control: 'select', options: ['', 'light', 'dark', 'high-contrast'] },
    lang: { control: 'select', options: ['', 'ja', 'ja-x-easy', 'en', 'zh-Hans', 'zh-Hant', 'ko', 'vi', 'pt-BR', 'tl', 'ne', 'es', 'id'] },
  },
  render: (a) => html`<chiiki-consultation-badge
    variant=${a.variant}
    name=${attr(a.name)}
    topics=${attr(a.topics)}
    hours=${attr(a.hours)}
    schedule=${attr(a.schedule)}
    ?skip-holidays=${a.skipHolidays}
    closures=${attr(a.closures)}
    status=${attr(a.status)}
    phone=${attr(a.phone)}
    email=${attr(a.email)}
    url=${attr(a.url)}
    organization=${attr(a.organization)}
    refer-to=${attr(a.referTo)}
    updated=${attr(a.updated)}
    lang=${attr(a.lang)}
    theme=${attr(a.theme)}
    now=${attr(a.now)}
    src=${attr(a.src)}
    salon-id=${attr(a.salonId)}
  ></chiiki-consultation-badge>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The badge element of the story, rendered. */
async function badgeIn(canvasElement: HTMLElement): Promise<ChiikiConsultationBadge> {
  const el = canvasElement.querySelector('chiiki-consultation-badge')!;
  await el.updateComplete;
  return el;
}
const shadowText = (el: Element, selector: string) => (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

// ——— Playground and variants ———

export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    await expect(shadowText(el, '.label')).toBe('福祉の相談窓口');
  },
};

/** The mark alone: a 44 px button named "福祉の相談窓口：ひだまりサロン". */
export const Flag: Story = {
  args: { variant: 'flag' },
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    const button = el.shadowRoot!.querySelector('button')!;
    await expect(button.getAttribute('aria-label')).toBe('福祉の相談窓口：ひだまりサロン');
    await expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  },
};

/** Mark, label and status. */
export const Chip: Story = {
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    await expect(shadowText(el, '.status')).toBe('開催中');
  },
};

/** Everything inline, with the つながりカード actions. */
export const Card: Story = { args: { variant: 'card' } };

/**
 * The mark at 16 px (a chip at a 10.67 px font: the mark is 1.5em) and at 64 px (a flag at a 32 px
 * font: the mark is 2em). Sizes are in em, so a site's 文字サイズ switcher scales the badge.
 */
export const MarkSizes: Story = {
  render: () => html`<p style="font-size: 10.67px">
      <chiiki-consultation-badge name="ひだまりサロン" now=${MONDAY_1030} hours="月水金 10:00-12:00"></chiiki-consultation-badge>
    </p>
    <p style="font-size: 32px"><chiiki-consultation-badge variant="flag" name="ひだまりサロン"></chiiki-consultation-badge></p>`,
};

// ——— Status ———

/** 開催中: Monday 10:30, hours 月水金 10:00–12:00. */
export const OpenNow: Story = {
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    await expect(shadowText(el, '.status')).toBe('開催中');
  },
};

/** 次回: the 2nd Tuesday of the month, after this month's meeting (across a month boundary). */
export const NextMeeting: Story = {
  args: { hours: '10:00-12:00', schedule: 'FREQ=MONTHLY;BYDAY=2TU', now: '2025-12-09T12:30:00+09:00' },
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    await expect(shadowText(el, '.status')).toBe('次回 1月13日(火) 10:00〜');
  },
};

/** A holiday is skipped: Monday 12 January 2026 is 成人の日, so the next meeting is the 19th. */
export const NextAfterHoliday: Story = {
  args: { hours: '月 10:00-12:00', now: '2026-01-09T12:00:00+09:00' },
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    await expect(shadowText(el, '.status')).toBe('次回 1月19日(月) 10:00〜');
  },
};

/** 休止中 wins over the schedule. */
export const Paused: Story = {
  args: { status: 'paused' },
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    await expect(shadowText(el, '.status')).toBe('休止中');
  },
};

/** 終了: never a false next date. */
export const Closed: Story = {
  args: { status: 'closed' },
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    await expect(shadowText(el, '.status')).toBe('終了');
  },
};

// ——— Locales ———

export const Japanese: Story = { args: { lang: 'ja', variant: 'card' } };

/** やさしい日本語: short sentences, furigana. */
export const EasyJapanese: Story = {
  args: { lang: 'ja-x-easy', variant: 'card' },
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('.kicker ruby')).not.toBeNull());
  },
};

export const English: Story = {
  args: { lang: 'en', variant: 'card' },
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    await expect(shadowText(el, '.kicker')).toBe('Community welfare consultation point');
  },
};

/** A lazily loaded locale: the card's heading arrives in that language (neither the ja nor the en fallback). */
const inOwnLanguage: Story['play'] = async ({ canvasElement }) => {
  const el = await badgeIn(canvasElement);
  await waitFor(() => {
    const kicker = shadowText(el, '.kicker');
    expect(kicker).not.toBe('');
    expect(kicker).not.toBe('Community welfare consultation point');
    expect(kicker).not.toBe('福祉の相談窓口');
  });
};

export const Korean: Story = { args: { lang: 'ko', variant: 'card' }, play: inOwnLanguage };
export const Portuguese: Story = { args: { lang: 'pt-BR', variant: 'card' }, play: inOwnLanguage };
export const Vietnamese: Story = { args: { lang: 'vi', variant: 'card' }, play: inOwnLanguage };
export const ChineseSimplified: Story = { args: { lang: 'zh-Hans', variant: 'card' }, play: inOwnLanguage };
export const ChineseTraditional: Story = { args: { lang: 'zh-Hant', variant: 'card' }, play: inOwnLanguage };
export const Tagalog: Story = { args: { lang: 'tl', variant: 'card' }, play: inOwnLanguage };
export const Nepali: Story = { args: { lang: 'ne', variant: 'card' }, play: inOwnLanguage };
export const Spanish: Story = { args: { lang: 'es', variant: 'card' }, play: inOwnLanguage };
export const Indonesian: Story = { args: { lang: 'id', variant: 'card' }, play: inOwnLanguage };

// ——— Content edge cases ———

/** Long names, topics and organisations wrap; nothing overflows at 320 px. */
export const LongTexts: Story = {
  args: {
    variant: 'card',
    name: 'さくら町東地区ふれあい・いきいきサロン「ひだまりの会」（毎月第2火曜日は東公民館、第4火曜日は西集会所）',
    topics: 'care,childcare,disability,living,health,isolation,disaster,other,お金や住まいのこと、買い物やごみ出しの困りごと',
    organization: 'さくら町東地区ふれあい・いきいきサロン運営委員会（さくら町社会福祉協議会 地域福祉課 協力）',
    referTo: 'さくら町社会福祉協議会、さくら町地域包括支援センター、さくら町役場 福祉課 生活支援係',
    url: 'https://example.jp/a/very/long/path/that/has/to/wrap/somewhere/in/a/narrow/card/hidamari-salon-consultation',
  },
  render: (a, context) => html`<div style="max-width: 320px">${meta.render!(a, context)}</div>`,
};

/** Only a name: topics fall back to "暮らしの困りごと全般", no status, no contact rows. */
export const MissingFields: Story = {
  args: { ...Object.fromEntries(Object.keys(base).map((k) => [k, ''])), variant: 'card', name: 'ひだまりサロン', now: MONDAY_1030 } as unknown as Args,
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    await expect(shadowText(el, '.topics')).toBe('暮らしの困りごと全般');
  },
};

/** Markup in data is text. */
export const MarkupAsText: Story = {
  args: { variant: 'card', name: '<img src=x onerror=alert(1)>', organization: '<script>alert(1)</script>' },
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    await expect(el.shadowRoot!.querySelector('img, script')).toBeNull();
  },
};

// ——— Data ———

/** One record of the sample dataset (`src` + `salon-id`); the schedule, holidays and closures come from it. */
export const FromDataset: Story = {
  args: { ...Object.fromEntries(Object.keys(base).map((k) => [k, ''])), variant: 'card', src: '/data/salons/salons.json', salonId: '434043-003', now: MONDAY_1030 } as unknown as Args,
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    await waitFor(() => expect(shadowText(el, 'h2')).toBe('引水子育てサロン ひだまり'));
  },
};

/** An id the dataset does not have: a clear message. */
export const MissingId: Story = {
  args: { ...FromDataset.args, salonId: 'no-such-id' } as Args,
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    await waitFor(() => expect(shadowText(el, '[role="alert"]')).toContain('no-such-id'));
  },
};

// ——— Behaviour and themes ———

/** The card open: focus is inside the modal dialog (Esc closes it and focus returns to the mark). */
export const DialogOpen: Story = {
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.trigger')!.click();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitFor(() => expect(dialog.open).toBe(true));
    await expect(dialog.contains(el.shadowRoot!.activeElement)).toBe(true);
  },
};

const dark = (story: () => unknown) => html`<div style="background: #15181b; color: #f1f1f1; padding: 1em">${story()}</div>`;

export const DarkTheme: Story = { args: { theme: 'dark', variant: 'card' }, decorators: [dark] };
export const DarkChip: Story = { args: { theme: 'dark' }, decorators: [dark] };
export const HighContrast: Story = {
  args: { theme: 'high-contrast', variant: 'card' },
  decorators: [(story) => html`<div style="background: #000; color: #fff; padding: 1em">${story()}</div>`],
};
