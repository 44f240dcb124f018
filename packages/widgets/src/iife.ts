/**
 * The classic-script build: `<script src="…/chiiki-widgets.iife.js"></script>` defines every element
 * and exposes `window.Chiiki` (for `Chiiki.setStrings`). Loading it twice is harmless.
 */
export * from './chiiki-widgets.js';
