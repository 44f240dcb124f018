import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets an element's `contain-intrinsic-block-size` to `auto <rows × em>em` through the CSSOM (never a
 * `style` attribute, which a page with `style-src 'self'` refuses). For a block with
 * `content-visibility: auto`: until it has been laid out once, an off-screen block is as tall as its
 * rows would be, so the scrollbar does not jump as blocks come into view; after that the browser
 * remembers the size it last had (`auto`).
 * Use in element position: `<li class="group" ${sizeHint(rows, 3)}>`.
 */
class SizeHintDirective extends Directive {
  #last = '';

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('sizeHint() belongs in element position');
  }

  render(_rows: number, _em: number): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [rows, em]: [number, number]): typeof noChange {
    const value = `auto ${rows * em}em`;
    if (value !== this.#last) (part.element as HTMLElement).style.setProperty('contain-intrinsic-block-size', (this.#last = value));
    return noChange;
  }
}

export const sizeHint = directive(SizeHintDirective);
