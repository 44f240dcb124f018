// Types of dist/support-matcher.js: defines <chiiki-support-matcher>.
import '@chiiki/support-matcher/define';

export { ChiikiSupportMatcher } from '@chiiki/support-matcher';
export { setStrings } from '@chiiki/core';
