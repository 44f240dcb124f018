import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ChiikiErrorEvent, type ErrorCode } from '@chiiki/core';
import type { LatLng } from '@chiiki/core';

/** Where the origin came from: shown to the resident next to distances. */
export type OriginSource = 'near' | 'geolocation' | 'address' | 'map' | 'district';

export interface Origin extends LatLng {
  source: OriginSource;
  /** What to call it: the address found, the district's name. */
  label?: string;
}

/** A failed action, shown as a message until the next attempt. */
export interface OriginProblem {
  code: ErrorCode;
  /** Key of the message under `salonFinder.origin.*`. */
  reason: 'denied' | 'unavailable' | 'timeout' | 'unsupported' | 'geocoderFailed' | 'noResult';
}

/** The default address search: 国土地理院 (GSI), no key. */
export const GSI_GEOCODER = 'https://msearch.gsi.go.jp/address-search/AddressSearch';

/**
 * The resident's starting point: `near`, geolocation, the GSI address search, a click on the map or
 * a district. Failures set `problem` (shown in a live region) and fire `chiiki-error`.
 */
export class OriginController implements ReactiveController {
  origin?: Origin;
  problem?: OriginProblem;
  busy: 'geolocation' | 'address' | undefined;
  /** Candidates when an address search found several places. */
  candidates: Origin[] = [];
  #abort?: AbortController;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  set(origin: Origin | undefined): void {
    this.origin = origin;
    this.problem = undefined;
    this.candidates = [];
    this.host.requestUpdate();
  }

  /** Asks the browser for the resident's position (only when they press the button). */
  locate(timeout = 15_000): Promise<void> {
    const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
    if (!geo) {
      this.#fail({ code: 'geolocation-unavailable', reason: 'unsupported' }, 'Geolocation is not available in this browser.');
      return Promise.resolve();
    }
    this.busy = 'geolocation';
    this.problem = undefined;
    this.host.requestUpdate();
    return new Promise((resolve) => {
      geo.getCurrentPosition(
        (position) => {
          this.busy = undefined;
          this.set({ lat: position.coords.latitude, lng: position.coords.longitude, source: 'geolocation' });
          resolve();
        },
        (error) => {
          this.busy = undefined;
          if (error.code === 1) this.#fail({ code: 'geolocation-denied', reason: 'denied' }, error.message || 'Permission denied');
          else if (error.code === 3) this.#fail({ code: 'geolocation-unavailable', reason: 'timeout' }, error.message || 'Timeout');
          else this.#fail({ code: 'geolocation-unavailable', reason: 'unavailable' }, error.message || 'Position unavailable');
          resolve();
        },
        { enableHighAccuracy: false, timeout, maximumAge: 300_000 },
      );
    });
  }

  /**
   * Looks an address up with the GSI address search (or `geocoderUrl`, same response shape: an array
   * of `{ geometry: { coordinates: [lng, lat] }, properties: { title } }`). The first hit becomes the
   * origin; the others are offered as candidates.
   */
  async search(query: string, geocoderUrl: string, base: string): Promise<void> {
    const q = query.trim();
    if (!q) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.busy = 'address';
    this.problem = undefined;
    this.candidates = [];
    this.host.requestUpdate();
    try {
      const url = new URL(geocoderUrl || GSI_GEOCODER, base);
      url.searchParams.set('q', q);
      const timer = setTimeout(() => abort.abort(), 15_000);
      const response = await fetch(url, { signal: abort.signal, credentials: 'omit' }).finally(() => clearTimeout(timer));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const results = parseGeocoder(await response.json());
      if (abort.signal.aborted) return;
      this.busy = undefined;
      if (!results.length) {
        this.problem = { code: 'geocoder-failed', reason: 'noResult' };
        this.host.requestUpdate();
        return;
      }
      this.set(results[0]);
      this.candidates = results.slice(1, 5);
    } catch (error) {
      if (this.#abort !== abort) return;
      this.busy = undefined;
      this.#fail({ code: 'geocoder-failed', reason: 'geocoderFailed' }, String(error));
    }
  }

  #fail(problem: OriginProblem, message: string): void {
    this.problem = problem;
    this.host.requestUpdate();
    this.host.dispatchEvent(new ChiikiErrorEvent({ error: { code: problem.code, message }, problems: [] }));
  }
}

/** Reads a GSI address-search response; anything unexpected gives no results rather than an error. */
export function parseGeocoder(json: unknown): Origin[] {
  if (!Array.isArray(json)) throw new Error('Unexpected geocoder response');
  const out: Origin[] = [];
  for (const item of json) {
    const [lng, lat] = (item?.geometry?.coordinates ?? []) as unknown[];
    if (typeof lat !== 'number' || typeof lng !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lng)) continue;
    const title = item?.properties?.title;
    out.push({ lat, lng, source: 'address', ...(typeof title === 'string' ? { label: title } : {}) });
  }
  return out;
}
