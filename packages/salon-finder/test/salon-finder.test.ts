import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';

describe('chiiki-salon-finder', () => {
  it('renders its name in Japanese by default and follows lang', async () => {
    const el = await fixture<HTMLElement>(html`<chiiki-salon-finder></chiiki-salon-finder>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('サロンをさがす');
    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Find a community salon');
  });

  it('is accessible', async () => {
    const el = await fixture<HTMLElement>(html`<main><chiiki-salon-finder></chiiki-salon-finder></main>`);
    await expect(el).to.be.accessible();
  });
});
