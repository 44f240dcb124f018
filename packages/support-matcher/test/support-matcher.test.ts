import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';

describe('chiiki-support-matcher', () => {
  it('renders its name in Japanese by default and follows lang', async () => {
    const el = await fixture<HTMLElement>(html`<chiiki-support-matcher></chiiki-support-matcher>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('支え合いマッチング');
    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Support matching');
  });

  it('is accessible', async () => {
    const el = await fixture<HTMLElement>(html`<main><chiiki-support-matcher></chiiki-support-matcher></main>`);
    await expect(el).to.be.accessible();
  });
});
