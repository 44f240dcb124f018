export { ChiikiConsultationBadge } from './consultation-badge.js';
