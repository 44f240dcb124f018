// Types of dist/plan-viewer.js: defines <chiiki-plan-viewer>.
import '@chiiki/plan-viewer/define';

export { ChiikiPlanViewer } from '@chiiki/plan-viewer';
export { setStrings } from '@chiiki/core';
