export { analyse } from './analyse';
export type {
  AnalysisContext,
  Finding,
  Category,
  Severity,
  Platform,
  AccountKind,
  Suggestion,
} from './types';
