import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';

describe('chiiki-consultation-badge', () => {
  it('renders its name in Japanese by default and follows lang', async () => {
    const el = await fixture<HTMLElement>(html`<chiiki-consultation-badge></chiiki-consultation-badge>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('福祉の相談窓口');
    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Community welfare consultation point');
  });

  it('is accessible', async () => {
    const el = await fixture<HTMLElement>(html`<main><chiiki-consultation-badge></chiiki-consultation-badge></main>`);
    await expect(el).to.be.accessible();
  });
});
