/**
 * The matcher's module worker: `{ needs, offers, options }` in; `{ type: 'progress', done, total }`
 * messages (at most every 50 ms) and one `{ type: 'result', result }` or `{ type: 'error', message }`
 * out. Cancelling is terminating the worker.
 */
import { matchSupportSteps } from './match.js';
import type { MatchOptions } from './model.js';

interface Request {
  needs: unknown;
  offers: unknown;
  options?: MatchOptions;
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<Request>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event) => {
  try {
    const { needs, offers, options } = event.data;
    const steps = matchSupportSteps(needs, offers, options);
    let last = 0;
    let step = steps.next();
    while (!step.done) {
      const now = Date.now();
      if (now - last > 50) {
        last = now;
        scope.postMessage({ type: 'progress', done: step.value.done, total: step.value.total });
      }
      step = steps.next();
    }
    scope.postMessage({ type: 'result', result: step.value });
  } catch (error) {
    scope.postMessage({ type: 'error', message: String(error) });
  }
};
