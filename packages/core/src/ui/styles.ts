import { css } from 'lit';

/** Styles of the shared states (loading, empty, error, problems notice and table). Add after `themeStyles`. */
export const stateStyles = css`
  .chiiki-state {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .chiiki-loading {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .chiiki-spinner {
    width: 1em;
    height: 1em;
    border: 0.15em solid var(--_border);
    border-top-color: var(--_primary);
    border-radius: 50%;
    animation: chiiki-spin 0.9s linear infinite;
    flex: none;
  }
  @keyframes chiiki-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .chiiki-spinner {
      animation: none;
    }
  }
  .chiiki-error {
    border-inline-start: 0.3em solid var(--_danger);
  }
  .chiiki-error p {
    margin: 0 0 0.5em;
  }
  .chiiki-retry {
    font: inherit;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.4em 1em;
    border: 0.1em solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    cursor: pointer;
  }
  .chiiki-retry:focus-visible,
  .chiiki-problems summary:focus-visible,
  .chiiki-problem-table:focus-visible {
    outline: 0.2em solid var(--_focus);
    outline-offset: 0.15em;
  }
  .chiiki-problems {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 0.9375em;
  }
  .chiiki-problems details {
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.25em 0.75em;
  }
  .chiiki-problems summary {
    cursor: pointer;
    min-height: 2.75em;
    display: list-item;
    padding-block: 0.6em;
  }
  .chiiki-problems ul {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
  }
  .chiiki-problems-hint {
    color: var(--_muted);
    margin: 0.25em 0 0.5em;
  }
  .chiiki-problem-table {
    overflow: auto;
    max-height: 24em;
    margin-top: 0.5em;
  }
  .chiiki-problem-table table {
    border-collapse: collapse;
    width: 100%;
  }
  .chiiki-problem-table caption {
    text-align: start;
    font-weight: bold;
    padding-block: 0.25em;
  }
  .chiiki-problem-table th,
  .chiiki-problem-table td {
    border: 0.0625em solid var(--_border);
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  .chiiki-problem-table tr.error td:last-child {
    color: var(--_danger);
    font-weight: bold;
  }
  @media (forced-colors: active) {
    .chiiki-spinner {
      border-top-color: CanvasText;
    }
    .chiiki-retry {
      border-color: ButtonText;
    }
  }
  @media print {
    .chiiki-retry,
    .chiiki-spinner {
      display: none;
    }
  }
`;
