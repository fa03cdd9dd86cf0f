export { analyse, AnalysisRun, SLICE_BUDGET_MS } from './analyse';
export type {
  AnalysisContext,
  Finding,
  Category,
  Severity,
  Platform,
  AccountKind,
  Suggestion,
} from './types';
