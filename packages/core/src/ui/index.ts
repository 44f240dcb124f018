export { renderLoading, renderEmpty, renderError, renderProblems, renderProblemTable, errorMessage, reasonLabel, problemRowCount } from './states.js';
export type { Translator, ProblemsOptions } from './states.js';
export { stateStyles } from './styles.js';
