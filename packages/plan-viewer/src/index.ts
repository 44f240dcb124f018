export { ChiikiPlanViewer } from './plan-viewer.js';
