import { css } from 'lit';

export const styles = css`
  :host {
    min-height: 3em;
    padding: var(--_space);
  }
`;
