// Types of dist/salon-finder.js: defines <chiiki-salon-finder>.
import '@chiiki/salon-finder/define';

export { ChiikiSalonFinder } from '@chiiki/salon-finder';
export { setStrings } from '@chiiki/core';
