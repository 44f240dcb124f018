import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { ChiikiConsultationBadge } from '../src/consultation-badge.js';
import '../src/define.js';

/** A fixed clock: an instant given in Japan time (the visitor's zone does not matter). */
const jst = (local: string) => new Date(`${local}+09:00`);

const shadow = (el: HTMLElement) => el.shadowRoot!;
const trigger = (el: HTMLElement) => shadow(el).querySelector<HTMLButtonElement>('button[aria-haspopup="dialog"]')!;
const dialog = (el: HTMLElement) => shadow(el).querySelector('dialog')!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

interface Axe {
  setup(node: Node): void;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: { text: { accessibleTextVirtual(node: unknown): string }; aria: { getRole(node: Element): string | null } };
}
const axe = (window as unknown as { axe: Axe }).axe;

/** What a screen reader gets: the role and accessible name (axe-core's implementation of accname). */
function accessible(el: Element): { role: string | null; name: string } {
  axe.setup(document);
  try {
    return { role: axe.commons.aria.getRole(el), name: axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(el)).replace(/\s+/g, ' ').trim() };
  } finally {
    axe.teardown();
  }
}

async function badge(template: ReturnType<typeof html>): Promise<ChiikiConsultationBadge> {
  const el = await fixture<ChiikiConsultationBadge>(template);
  await el.updateComplete;
  return el;
}

describe('chiiki-consultation-badge: variants and names', () => {
  it('flag: the mark alone, a button named "福祉の相談窓口：<name>"', async () => {
    const el = await badge(html`<chiiki-consultation-badge variant="flag" name="ひだまりサロン"></chiiki-consultation-badge>`);
    const button = trigger(el);
    expect(button.getAttribute('aria-label')).to.equal('福祉の相談窓口：ひだまりサロン');
    expect(text(button)).to.equal('');
    expect(button.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(accessible(button)).to.deep.equal({ role: 'button', name: '福祉の相談窓口：ひだまりサロン' });
  });

  it('chip: mark, the label "福祉の相談窓口" and the status; the place is its description', async () => {
    const el = await badge(html`<chiiki-consultation-badge name="ひだまりサロン" status="paused"></chiiki-consultation-badge>`);
    expect(el.variant).to.equal('chip');
    const button = trigger(el);
    expect(text(button.querySelector('.label'))).to.equal('福祉の相談窓口');
    expect(accessible(button)).to.deep.equal({ role: 'button', name: '福祉の相談窓口 休止中' });
    expect(shadow(el).getElementById(button.getAttribute('aria-describedby')!)!.textContent).to.equal('ひだまりサロン');
  });

  it('card: everything inline under a heading with the name, no dialog', async () => {
    const el = await badge(html`<chiiki-consultation-badge variant="card" name="ひだまりサロン" topics="care, health" phone="0280-12-3456"
      organization="ひだまりサロン運営委員会" refer-to="さくら町社会福祉協議会" updated="2026-11-01"></chiiki-consultation-badge>`);
    expect(shadow(el).querySelector('dialog')).to.equal(null);
    expect(text(shadow(el).querySelector('h2'))).to.equal('ひだまりサロン');
    expect(accessible(shadow(el).querySelector('article')!)).to.deep.equal({ role: 'article', name: 'ひだまりサロン' });
    const terms = [...shadow(el).querySelectorAll('dt')].map(text);
    expect(terms).to.deep.equal(['相談できること', '相談を受ける人・団体', 'つなぎ先', '連絡先', '最終確認日']);
    expect([...shadow(el).querySelectorAll('.topics li')].map(text)).to.deep.equal(['介護', '健康']);
    expect(shadow(el).querySelector('a[href="tel:0280123456"]')).not.to.equal(null);
    expect(text(shadow(el).querySelector('dl'))).to.contain('2026年11月1日');
  });

  it('without a name, the flag is named "福祉の相談窓口"', async () => {
    const el = await badge(html`<chiiki-consultation-badge variant="flag"></chiiki-consultation-badge>`);
    expect(trigger(el).getAttribute('aria-label')).to.equal('福祉の相談窓口');
  });

  it('follows lang: English, やさしい日本語 with ruby, and a locale loaded on demand (ko)', async () => {
    const el = await badge(html`<chiiki-consultation-badge variant="flag" name="Hidamari" lang="en"></chiiki-consultation-badge>`);
    expect(trigger(el).getAttribute('aria-label')).to.equal('Community welfare consultation point: Hidamari');
    el.setAttribute('lang', 'ja-x-easy');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(trigger(el).getAttribute('aria-label')).to.equal('福祉の 相談まどぐち：Hidamari');
    el.variant = 'chip';
    await el.updateComplete;
    expect(trigger(el).querySelector('ruby')).not.to.equal(null);
    el.setAttribute('lang', 'ko');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(trigger(el).querySelector('.label'))).to.equal('지역 복지 상담 창구');
  });
});

describe('chiiki-consultation-badge: the card dialog', () => {
  it('opens a modal dialog with focus inside, closes on Esc and returns focus to the mark', async () => {
    const el = await badge(html`<chiiki-consultation-badge name="ひだまりサロン" phone="0280-12-3456"></chiiki-consultation-badge>`);
    trigger(el).focus();
    const opened = oneEvent(el, 'chiiki-open');
    await sendKeys({ press: 'Enter' });
    await opened;
    expect(dialog(el).open).to.equal(true);
    expect(dialog(el).matches(':modal')).to.equal(true);
    expect(dialog(el).contains(shadow(el).activeElement), 'focus is inside the dialog').to.equal(true);
    expect(accessible(dialog(el))).to.deep.equal({ role: 'dialog', name: 'ひだまりサロン' });
    const closed = oneEvent(el, 'chiiki-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(dialog(el).open).to.equal(false);
    expect(shadow(el).activeElement).to.equal(trigger(el));
  });

  it('the close button closes it too; show() and hide() work from script', async () => {
    const el = await badge(html`<chiiki-consultation-badge variant="flag" name="X"></chiiki-consultation-badge>`);
    el.show();
    expect(dialog(el).open).to.equal(true);
    const close = [...dialog(el).querySelectorAll('button')].find((b) => text(b) === '閉じる')!;
    const closed = oneEvent(el, 'chiiki-close');
    close.click();
    await closed;
    expect(dialog(el).open).to.equal(false);
    el.show();
    el.hide();
    expect(dialog(el).open).to.equal(false);
  });

  it('shows topics in words, when, who answers, links and the last-confirmed date', async () => {
    const el = await badge(html`<chiiki-consultation-badge name="ひだまりサロン" topics="care,isolation,お金のこと" hours="月水金 10:00-12:00"
      phone="０２８０-１２-３４５６" email="soudan@example.jp" url="https://example.jp/hidamari" organization="ひだまりサロン運営委員会"
      refer-to="さくら町社会福祉協議会" updated="2026-11-01"></chiiki-consultation-badge>`);
    el.show();
    const d = dialog(el);
    expect([...d.querySelectorAll('.topics li')].map(text)).to.deep.equal(['介護', '孤立・ひとりぼっち', 'お金のこと']);
    expect(d.querySelector('a[href="tel:0280123456"]')).not.to.equal(null);
    expect(d.querySelector('a[href="mailto:soudan@example.jp"]')).not.to.equal(null);
    expect(d.querySelector('a[href="https://example.jp/hidamari"]')).not.to.equal(null);
    expect(text(d)).to.contain('ひだまりサロン運営委員会');
    expect(text(d)).to.contain('さくら町社会福祉協議会');
    expect(text(d)).to.contain('2026年11月1日');
    expect(text(d)).to.contain('つながりカード');
    el.hide();
  });

  it('never links a javascript: URL', async () => {
    const el = await badge(html`<chiiki-consultation-badge variant="card" name="X" url="javascript:alert(1)"></chiiki-consultation-badge>`);
    expect(shadow(el).querySelector('a[href^="javascript"]')).to.equal(null);
    expect(text(shadow(el).querySelector('dl'))).to.contain('javascript:alert(1)');
  });

  it('renders markup-looking text as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await badge(html`<chiiki-consultation-badge variant="card" name=${evil} topics=${'<b>x</b>'} refer-to=${'<script>alert(1)</script>'}
      organization=${evil}></chiiki-consultation-badge>`);
    expect(shadow(el).querySelector('img, b, script')).to.equal(null);
    expect(text(shadow(el).querySelector('h2'))).to.equal(evil);
    expect(text(shadow(el).querySelector('dl'))).to.contain('<script>alert(1)</script>');
    expect(el.toVCard()).to.contain('FN:<img src=x onerror=alert(1)>');
  });
});

describe('chiiki-consultation-badge: つながりカード (vCard and print)', () => {
  it('builds a vCard 3.0 with N, FN, ORG, TEL, EMAIL, URL, NOTE and CRLF line endings', async () => {
    const el = await badge(html`<chiiki-consultation-badge name="ひだまりサロン" topics="care,health" hours="月水金 10:00-12:00"
      phone="0280-12-3456" email="soudan@example.jp" url="https://example.jp/" organization="ひだまりサロン運営委員会"
      refer-to="さくら町社会福祉協議会" updated="2026-11-01"></chiiki-consultation-badge>`);
    const card = el.toVCard();
    expect(card.endsWith('\r\n')).to.equal(true);
    expect(card.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const lines = card.replace(/\r\n /g, '').split('\r\n');
    expect(lines.slice(0, 4)).to.deep.equal(['BEGIN:VCARD', 'VERSION:3.0', 'N:ひだまりサロン;;;;', 'FN:ひだまりサロン']);
    expect(lines).to.include('ORG:ひだまりサロン運営委員会');
    expect(lines).to.include('TEL;TYPE=VOICE:0280-12-3456');
    expect(lines).to.include('EMAIL;TYPE=INTERNET:soudan@example.jp');
    expect(lines).to.include('URL:https://example.jp/');
    const note = lines.find((l) => l.startsWith('NOTE:'))!;
    expect(note).to.contain('福祉の相談窓口\\n相談できること: 介護\\, 健康\\n');
    expect(note).to.contain('つなぎ先: さくら町社会福祉協議会');
    expect(lines.at(-2)).to.equal('END:VCARD');
  });

  it('escapes commas, semicolons, backslashes and line breaks (RFC 2426)', async () => {
    const el = await badge(html`<chiiki-consultation-badge></chiiki-consultation-badge>`);
    el.name = 'A, B; C\\D\nE';
    el.organization = '社協;本所,支所';
    await el.updateComplete;
    const lines = el.toVCard().replace(/\r\n /g, '').split('\r\n');
    expect(lines).to.include('FN:A\\, B\\; C\\\\D\\nE');
    expect(lines).to.include('N:A\\, B\\; C\\\\D\\nE;;;;');
    expect(lines).to.include('ORG:社協\\;本所\\,支所');
  });

  it('"save contact" downloads a .vcf file built in the browser', async () => {
    const el = await badge(html`<chiiki-consultation-badge name="ひだまりサロン" phone="0280-12-3456"></chiiki-consultation-badge>`);
    el.show();
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      const save = [...dialog(el).querySelectorAll('button')].find((b) => text(b) === '連絡先を保存')!;
      save.click();
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0].download).to.equal('ひだまりサロン.vcf');
    expect(clicked[0].href).to.match(/^blob:/);
    const response = await fetch(clicked[0].href);
    expect(response.headers.get('content-type')).to.contain('text/vcard');
    expect(await response.text()).to.equal(el.toVCard());
    el.hide();
  });

  it('has print styles: no controls, the card large, one card per page', async () => {
    const el = await badge(html`<chiiki-consultation-badge name="ひだまりサロン" phone="0280-12-3456"></chiiki-consultation-badge>`);
    const card = shadow(el).querySelector<HTMLElement>('.card')!;
    try {
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(trigger(el)).display).to.equal('none');
      expect(getComputedStyle(dialog(el)).display).to.equal('block');
      const style = getComputedStyle(card);
      expect(style.breakBefore).to.equal('page');
      expect(style.breakInside).to.equal('avoid');
      expect(parseFloat(style.fontSize)).to.be.greaterThan(20);
      for (const button of shadow(el).querySelectorAll('.connect button, .top button')) {
        expect(button.getClientRects().length, 'controls are not printed').to.equal(0);
      }
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(trigger(el)).display).not.to.equal('none');
  });

  it('under forced colours the mark uses system colours only', async () => {
    const el = await badge(html`<chiiki-consultation-badge variant="flag" name="ひだまりサロン"></chiiki-consultation-badge>`);
    const fill = (selector: string) => getComputedStyle(shadow(el).querySelector(selector)!).fill;
    const accent = fill('.cloth');
    try {
      await emulateMedia({ forcedColors: 'active' });
      const canvasText = fill('.pole');
      expect(fill('.cloth')).to.equal(canvasText);
      expect(fill('.sign')).not.to.equal(canvasText);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
    expect(fill('.cloth')).to.equal(accent);
    expect(accent).to.equal('rgb(179, 38, 30)');
  });

  it('the mark follows --chiiki-color-accent', async () => {
    const el = await badge(html`<chiiki-consultation-badge variant="flag" style="--chiiki-color-accent: #00585e"></chiiki-consultation-badge>`);
    expect(getComputedStyle(shadow(el).querySelector('.cloth')!).fill).to.equal('rgb(0, 88, 94)');
  });

  it('"print" prints the card alone from a frame and leaves nothing behind', async () => {
    const el = await badge(html`<chiiki-consultation-badge variant="card" name="ひだまりサロン"></chiiki-consultation-badge>`);
    const frames: HTMLIFrameElement[] = [];
    const observer = new MutationObserver((records) =>
      records.forEach((r) => r.addedNodes.forEach((n) => n instanceof HTMLIFrameElement && frames.push(n))),
    );
    observer.observe(document.body, { childList: true });
    const print = [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'つながりカードを印刷')!;
    print.click();
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    expect(frames).to.have.length(1);
    expect(frames[0].getAttribute('aria-hidden')).to.equal('true');
  });
});

describe('chiiki-consultation-badge: status with a fixed clock (core schedules)', () => {
  const statusOf = (el: HTMLElement) => text(shadow(el).querySelector('.status'));

  it('"開催中" during the hours, in Japan time whatever the zone of the clock', async () => {
    const el = await badge(html`<chiiki-consultation-badge hours="月水金 10:00-12:00" .now=${new Date('2025-12-08T01:30:00Z')}></chiiki-consultation-badge>`);
    expect(statusOf(el)).to.equal('開催中');
  });

  it('"次回 12月9日(火) 10:00〜" before the next meeting', async () => {
    const el = await badge(html`<chiiki-consultation-badge schedule="FREQ=WEEKLY;BYDAY=TU" hours="10:00-12:00" .now=${jst('2025-12-02T13:00:00')}></chiiki-consultation-badge>`);
    expect(statusOf(el)).to.equal('次回 12月9日(火) 10:00〜');
  });

  it('skips public holidays with skip-holidays (成人の日, 2nd Monday of January)', async () => {
    const el = await badge(html`<chiiki-consultation-badge schedule="FREQ=WEEKLY;BYDAY=MO" hours="10:00-12:00" skip-holidays
      .now=${jst('2026-01-09T12:00:00')}></chiiki-consultation-badge>`);
    expect(statusOf(el)).to.equal('次回 1月19日(月) 10:00〜');
    el.skipHolidays = false;
    await el.updateComplete;
    expect(statusOf(el)).to.equal('次回 1月12日(月) 10:00〜');
  });

  it('respects closures (年末年始) across the year boundary', async () => {
    const el = await badge(html`<chiiki-consultation-badge hours="水 10:00-12:00" closures="12-29/01-03" .now=${jst('2025-12-25T09:00:00')}></chiiki-consultation-badge>`);
    expect(statusOf(el)).to.equal('次回 1月7日(水) 10:00〜');
  });

  it('crosses month boundaries (monthly 2nd Tuesday after this month’s meeting)', async () => {
    const el = await badge(html`<chiiki-consultation-badge schedule="FREQ=MONTHLY;BYDAY=2TU" hours="10:00-12:00" .now=${jst('2025-12-09T12:00:00')}></chiiki-consultation-badge>`);
    expect(statusOf(el)).to.equal('次回 1月13日(火) 10:00〜');
  });

  it('"休止中" and "終了" win over any schedule', async () => {
    const el = await badge(html`<chiiki-consultation-badge status="paused" hours="月水金 10:00-12:00" .now=${jst('2025-12-08T10:30:00')}></chiiki-consultation-badge>`);
    expect(statusOf(el)).to.equal('休止中');
    el.status = 'closed';
    await el.updateComplete;
    expect(statusOf(el)).to.equal('終了');
  });

  it('shows published hours it cannot compute as written, and nothing without hours', async () => {
    const el = await badge(html`<chiiki-consultation-badge hours="第2火曜日の午後（要予約）" .now=${jst('2025-12-08T10:30:00')}></chiiki-consultation-badge>`);
    expect(statusOf(el)).to.equal('第2火曜日の午後（要予約）');
    el.hours = '';
    await el.updateComplete;
    expect(shadow(el).querySelector('.status')).to.equal(null);
  });

  it('uses the salon record’s schedule, holidays and closures (src)', async () => {
    const { el } = await fromSource({ src: '/packages/consultation-badge/test/fixtures/salons.geojson', salonId: 'sakura-001', now: jst('2025-12-09T10:30:00') });
    try {
      expect(statusOf(el)).to.equal('開催中');
      el.now = jst('2025-12-09T12:30:00');
      await el.updateComplete;
      expect(statusOf(el)).to.equal('次回 1月13日(火) 10:00〜');
      // January 2027: the 2nd Tuesday is the 12th; 12-29/01-03 is closed but does not touch it.
      el.now = jst('2026-12-08T12:30:00');
      await el.updateComplete;
      expect(statusOf(el)).to.equal('次回 1月12日(火) 10:00〜');
    } finally {
      el.remove();
    }
  });
});

/** Resolves with chiiki-load's detail; rejects on chiiki-error (so a failed read fails fast, not by timeout). */
function loaded(el: HTMLElement): Promise<{ total: number; loaded: number; rejected: number }> {
  return new Promise((resolve, reject) => {
    el.addEventListener('chiiki-load', (e) => resolve(e.detail), { once: true });
    el.addEventListener('chiiki-error', (e) => reject(new Error(`chiiki-error ${e.detail.error.code}: ${e.detail.error.message}`)), { once: true });
  });
}

/** A badge reading `src`, attached after its listeners so no event is missed. */
async function fromSource(props: Partial<ChiikiConsultationBadge>): Promise<{ el: ChiikiConsultationBadge; detail: { total: number; loaded: number; rejected: number } }> {
  const el = document.createElement('chiiki-consultation-badge');
  Object.assign(el, props);
  const done = loaded(el);
  document.body.append(el);
  const detail = await done;
  await el.updateComplete;
  return { el, detail };
}

describe('chiiki-consultation-badge: src + salon-id', () => {
  // GeoJSON: the test server turns fetched `.json` files into JS modules (esbuild `json: true`);
  // the e2e test reads the same records as plain JSON.
  const SRC = '/packages/consultation-badge/test/fixtures/salons.geojson';

  it('reads one record and fires chiiki-load with exact counts', async () => {
    const { el, detail } = await fromSource({ variant: 'card', src: SRC, salonId: 'sakura-001' });
    try {
      expect(detail).to.include({ total: 3, loaded: 3, rejected: 0 });
      expect(text(shadow(el).querySelector('h2'))).to.equal('ひだまりサロン');
      expect([...shadow(el).querySelectorAll('.topics li')].map(text)).to.deep.equal(['介護', '孤立・ひとりぼっち', '買い物の困りごと']);
      expect(text(shadow(el).querySelector('dl'))).to.contain('さくら町社会福祉協議会');
      expect(shadow(el).querySelector('a[href="tel:0280123456"]')).not.to.equal(null);
      // Attributes override the record.
      el.name = 'ひだまりサロン（東）';
      await el.updateComplete;
      expect(text(shadow(el).querySelector('h2'))).to.equal('ひだまりサロン（東）');
    } finally {
      el.remove();
    }
  });

  it('a paused record shows 休止中', async () => {
    const { el } = await fromSource({ src: SRC, salonId: 'sakura-002' });
    try {
      expect(text(shadow(el).querySelector('.status'))).to.equal('休止中');
    } finally {
      el.remove();
    }
  });

  it('a missing id shows a clear message and fires no chiiki-error', async () => {
    const errors: Event[] = [];
    const record = (e: Event) => errors.push(e);
    document.addEventListener('chiiki-error', record);
    const { el } = await fromSource({ src: SRC, salonId: 'no-such-salon' });
    try {
      const message = shadow(el).querySelector('[role="alert"]');
      expect(text(message)).to.equal('指定された相談窓口（ID：no-such-salon）が見つかりませんでした。');
      expect(shadow(el).querySelector('button')).to.equal(null);
      expect(errors).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('chiiki-error', record);
      el.remove();
    }
  });

  it('markup in the data stays text', async () => {
    const { el } = await fromSource({ variant: 'card', src: SRC, salonId: 'sakura-003' });
    try {
      expect(shadow(el).querySelector('img, b, script')).to.equal(null);
      expect(text(shadow(el).querySelector('h2'))).to.equal('<img src=x onerror=alert(1)>');
    } finally {
      el.remove();
    }
  });

  it('a source that cannot be read fires chiiki-error with its code and offers a retry', async () => {
    const el = document.createElement('chiiki-consultation-badge');
    el.src = '/packages/consultation-badge/test/fixtures/does-not-exist.json';
    el.salonId = 'x';
    const failed = oneEvent(el, 'chiiki-error');
    document.body.append(el);
    try {
      const { detail } = await failed;
      expect(detail.error.code).to.equal('http-status');
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('相談窓口の情報を読み込めませんでした。');
      expect(text(shadow(el).querySelector('[role="alert"] button'))).to.equal('もう一度読み込む');
    } finally {
      el.remove();
    }
  });

  it('the data property works without src', async () => {
    const { el, detail } = await fromSource({ variant: 'card', salonId: 'a', data: [{ id: 'a', name: 'データのサロン' }] });
    try {
      expect(detail).to.include({ total: 1, loaded: 1, rejected: 0 });
      expect(text(shadow(el).querySelector('h2'))).to.equal('データのサロン');
    } finally {
      el.remove();
    }
  });
});

describe('chiiki-consultation-badge: accessibility (axe)', () => {
  const props = 'name="ひだまりサロン" topics="care,health" hours="月水金 10:00-12:00" phone="0280-12-3456" organization="運営委員会"';
  for (const variant of ['flag', 'chip', 'card']) {
    for (const theme of ['light', 'dark', 'high-contrast']) {
      it(`${variant}, ${theme}: zero violations`, async () => {
        const el = await fixture(html`<main>
          <chiiki-consultation-badge variant=${variant} theme=${theme} name="ひだまりサロン" topics="care,health" hours="月水金 10:00-12:00"
            phone="0280-12-3456" organization="運営委員会" updated="2026-11-01"></chiiki-consultation-badge>
        </main>`);
        await (el.firstElementChild as ChiikiConsultationBadge).updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }
  it('やさしい日本語 (ruby in the label and the status): zero violations', async () => {
    const el = await fixture(html`<main lang="ja-x-easy">
      <chiiki-consultation-badge name="ひだまりサロン" hours="火 10:00-12:00" .now=${jst('2025-12-02T13:00:00')}></chiiki-consultation-badge>
      <chiiki-consultation-badge variant="flag" name="ひだまりサロン"></chiiki-consultation-badge>
      <chiiki-consultation-badge variant="card" name="ひだまりサロン" hours="火 10:00-12:00" .now=${jst('2025-12-02T13:00:00')}></chiiki-consultation-badge>
    </main>`);
    const chip = el.firstElementChild as ChiikiConsultationBadge;
    await chip.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await chip.updateComplete;
    expect(trigger(chip).querySelector('.status ruby')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('with the dialog open: zero violations', async () => {
    void props;
    const el = await fixture(html`<main>
      <chiiki-consultation-badge name="ひだまりサロン" topics="care,health" hours="月水金 10:00-12:00" phone="0280-12-3456"
        email="a@example.jp" url="https://example.jp/" organization="運営委員会" refer-to="社協" updated="2026-11-01"></chiiki-consultation-badge>
    </main>`);
    const b = el.firstElementChild as ChiikiConsultationBadge;
    await b.updateComplete;
    b.show();
    await expect(el).to.be.accessible();
    b.hide();
  });
});
