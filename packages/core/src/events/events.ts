import type { ErrorCode, LoadDetail, Problem } from '../data/types.js';

/**
 * The public events of every Chiiki element (PRODUCT.md §2). Names and detail shapes are frozen:
 * renaming an event breaks every site that listens to it. All bubble and cross shadow roots.
 */
const init = <T>(detail: T): CustomEventInit<T> => ({ bubbles: true, composed: true, detail });

/** Fired after every successful read of a data source. */
export class ChiikiLoadEvent extends CustomEvent<LoadDetail> {
  static readonly eventName = 'chiiki-load';
  constructor(detail: LoadDetail) {
    super(ChiikiLoadEvent.eventName, init(detail));
  }
}

export interface ErrorDetail {
  error: { code: ErrorCode; message: string };
  problems: Problem[];
}

/** Fired when a source cannot be read at all, or an action (geolocation, geocoder, submit) fails. */
export class ChiikiErrorEvent extends CustomEvent<ErrorDetail> {
  static readonly eventName = 'chiiki-error';
  constructor(detail: ErrorDetail) {
    super(ChiikiErrorEvent.eventName, init(detail));
  }
}

/** Fired when the resident or coordinator selects an item: a salon, a plan node or a match. */
export class ChiikiSelectEvent<T = unknown> extends CustomEvent<{ item: T }> {
  static readonly eventName = 'chiiki-select';
  constructor(item: T) {
    super(ChiikiSelectEvent.eventName, init({ item }));
  }
}

/** Progress of long work (parsing, clustering, matching). */
export class ChiikiProgressEvent extends CustomEvent<{ done: number; total: number }> {
  static readonly eventName = 'chiiki-progress';
  constructor(done: number, total: number) {
    super(ChiikiProgressEvent.eventName, init({ done, total }));
  }
}

/** Matcher results; the detail is the engine's result. */
export class ChiikiResultEvent<T = unknown> extends CustomEvent<T> {
  static readonly eventName = 'chiiki-result';
  constructor(result: T) {
    super(ChiikiResultEvent.eventName, init(result));
  }
}

/** The consultation badge's card opened. */
export class ChiikiOpenEvent extends CustomEvent<Record<string, never>> {
  static readonly eventName = 'chiiki-open';
  constructor() {
    super(ChiikiOpenEvent.eventName, init({}));
  }
}

/** The consultation badge's card closed. */
export class ChiikiCloseEvent extends CustomEvent<Record<string, never>> {
  static readonly eventName = 'chiiki-close';
  constructor() {
    super(ChiikiCloseEvent.eventName, init({}));
  }
}

/** A resident's submission was sent to `submit-url` (after consent); the detail is what was sent. */
export class ChiikiSubmitEvent<T = unknown> extends CustomEvent<{ payload: T; status: number }> {
  static readonly eventName = 'chiiki-submit';
  constructor(payload: T, status: number) {
    super(ChiikiSubmitEvent.eventName, init({ payload, status }));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chiiki-load': ChiikiLoadEvent;
    'chiiki-error': ChiikiErrorEvent;
    'chiiki-select': ChiikiSelectEvent;
    'chiiki-progress': ChiikiProgressEvent;
    'chiiki-result': ChiikiResultEvent;
    'chiiki-open': ChiikiOpenEvent;
    'chiiki-close': ChiikiCloseEvent;
    'chiiki-submit': ChiikiSubmitEvent;
  }
}
