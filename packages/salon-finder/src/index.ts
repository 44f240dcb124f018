export { ChiikiSalonFinder } from './salon-finder.js';
