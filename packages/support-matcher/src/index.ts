export { ChiikiSupportMatcher } from './support-matcher.js';
