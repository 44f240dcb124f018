// Entry of the matcher's module worker, under the name the element constructs it with
// (`new URL('./engine/worker.js', import.meta.url)`): bundlers follow it to worker.ts, and dev
// servers that compile TypeScript on request serve it as is.
import './worker.ts';
