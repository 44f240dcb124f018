// Types of dist/consultation-badge.js: defines <chiiki-consultation-badge>.
import '@chiiki/consultation-badge/define';

export { ChiikiConsultationBadge } from '@chiiki/consultation-badge';
export { setStrings } from '@chiiki/core';
