/**
 * Trusted Types for the library (PRODUCT.md §2: pages may send `require-trusted-types-for 'script'`).
 * The library never installs a page-wide `default` policy; it creates ONE named policy,
 * `chiiki-widgets`, lazily and only where Trusted Types exist, and uses it for its own worker
 * scripts. A host that lists allowed policy names adds `trusted-types chiiki-widgets`.
 */

/** The name of the library's Trusted Types policy. */
export const TRUSTED_TYPES_POLICY = 'chiiki-widgets';

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

/** `undefined`: not tried yet; `null`: no Trusted Types here, or the page refused the policy. */
let policy: ScriptUrlPolicy | null | undefined;

/** Only same-origin script URLs (workers must be same-origin anyway); anything else is refused. */
function sameOrigin(url: string): string {
  const resolved = new URL(url, document.baseURI);
  if (resolved.origin !== location.origin) throw new TypeError(`${TRUSTED_TYPES_POLICY}: refused script URL ${resolved.href}`);
  return resolved.href;
}

function scriptPolicy(): ScriptUrlPolicy | null {
  if (policy !== undefined) return policy;
  policy = null;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory || typeof document === 'undefined') return policy;
  try {
    policy = factory.createPolicy(TRUSTED_TYPES_POLICY, { createScriptURL: sameOrigin });
  } catch {
    // The page's `trusted-types` directive does not list our name (or it exists already elsewhere).
  }
  return policy;
}

/**
 * A script URL the page's Trusted Types accept: a `TrustedScriptURL` from the `chiiki-widgets` policy
 * where Trusted Types exist (only same-origin or relative URLs; others throw a TypeError), the URL's
 * string elsewhere.
 */
export function trustedScriptURL(url: string | URL): string {
  const href = String(url);
  const p = scriptPolicy();
  // A TrustedScriptURL is accepted wherever a script URL string is; typed as string for the DOM lib.
  return p ? (p.createScriptURL(href) as string) : href;
}

/**
 * `Worker` whose script URL passes through {@link trustedScriptURL}. Import it AS `Worker`
 * (`import { TrustedWorker as Worker } from '@chiiki/core'`) and keep the literal
 * `new Worker(new URL('./x.ts', import.meta.url), …)`: that exact form is how Vite (and other
 * bundlers) find and bundle the worker file. `undefined` where workers do not exist.
 */
export const TrustedWorker: typeof Worker =
  typeof Worker === 'undefined'
    ? (undefined as unknown as typeof Worker)
    : class TrustedWorker extends Worker {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(trustedScriptURL(url), options);
        }
      };
