export * from './chiiki-widgets.js';
