import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets an element's `inline-size` to `percent`% through the CSSOM (`style.setProperty`), never
 * through a `style` attribute. Lit's `styleMap` writes the attribute on first render, which a page
 * with `style-src 'self'` (no 'unsafe-inline') refuses; CSSOM property writes are allowed there.
 * Use in element position: `<span class="fill" ${fillWidth(value)}></span>`.
 */
class FillWidthDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('fillWidth() belongs in element position');
  }

  render(_percent: number): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [percent]: [number]): typeof noChange {
    (part.element as HTMLElement).style.setProperty('inline-size', `${percent}%`);
    return noChange;
  }
}

export const fillWidth = directive(FillWidthDirective);
