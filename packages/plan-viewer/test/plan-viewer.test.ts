import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';

describe('chiiki-plan-viewer', () => {
  it('renders its name in Japanese by default and follows lang', async () => {
    const el = await fixture<HTMLElement>(html`<chiiki-plan-viewer></chiiki-plan-viewer>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('地域福祉計画');
    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Community welfare plan');
  });

  it('is accessible', async () => {
    const el = await fixture<HTMLElement>(html`<main><chiiki-plan-viewer></chiiki-plan-viewer></main>`);
    await expect(el).to.be.accessible();
  });
});
